/**
 * `npm run bench` section: bytes a host page pays — platform runtime, each widget's initial load,
 * lazy parts and total, each form — against the budgets of issue #11, and each widget as a multiple
 * of the floor (a minimal Lit element built the same way).
 */
import { BUDGETS, bundleSizes, floorSize, type SizeRow } from './bundle-sizes.ts';

const kb = (n: number) => (n / 1024).toFixed(1);
/** Tags as code, or Markdown would take them for HTML. */
const code = (text: string) => text.replace(/<soz-[a-z-]+>/g, '`$&`');
const row = (r: SizeRow) => `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`;

const sizes = bundleSizes();
const floor = await floorSize();
const times = (r: SizeRow) => `${(r.gzip / floor.gzip).toFixed(1)}×`;

console.log('## Bundle sizes (issues #4, #11)\n');
console.log(
  'gzip level 9 and brotli quality 11, each file compressed on its own (as a server sends it). A widget is counted ' +
    '**incrementally**: what a page loads for it beyond the platform runtime (loader.js and its boot stage: tenant-config ' +
    'validation, tenant store, theme), which a page pays once whatever the number of widgets. "Initial" is what the ' +
    'page loads on first sight of the tag, Lit and XState included; lazy parts load later (prefetched when the browser ' +
    'is idle or on first use) and are listed on their own.\n',
);

console.log('### Budgets\n');
console.log('| budget | counted | limit KB | gzip KB | brotli KB | |\n|---|---|---:|---:|---:|---|');
for (const budget of BUDGETS) {
  const figures = budget.figures(sizes);
  for (const f of figures) {
    console.log(`| ${code(figures.length > 1 ? `${budget.title}: ${f.name}` : budget.title)} | ${budget.counted} | ${budget.limitKb} | ${kb(f.gzip)} | ${kb(f.brotli)} | ${f.gzip <= budget.limitKb * 1024 ? 'ok' : '**over**'} |`);
  }
}

console.log(`\n### Floor ratio\n`);
console.log(
  `Floor: a minimal Lit element (LitElement, html, css, one @property, defined once; bench/floor/floor-element.ts) built ` +
    `with the same Vite configuration: **${kb(floor.gzip)} KB gzip**, ${kb(floor.brotli)} KB brotli, ${kb(floor.raw)} KB raw.\n`,
);
console.log('| widget | initial gzip KB | × floor | lazy parts (gzip KB) | total gzip KB | × floor |\n|---|---:|---:|---|---:|---:|');
for (const w of sizes.widgets) {
  const lazy = w.lazy.map((l) => `${l.name} ${kb(l.gzip)}`).join('; ') || '–';
  console.log(`| \`<${w.tag}>\` | ${kb(w.initial.gzip)} | ${times(w.initial)} | ${lazy} | ${kb(w.total.gzip)} | ${times(w.total)} |`);
}
for (const f of sizes.forms) console.log(`| \`<soz-application-form>\` + form ${f.name} | ${kb(f.gzip)} | ${times(f)} | | | |`);
console.log(
  '\nWhen the lazy parts load: **questionnaire-part** (question texts, validation messages, question and summary pages, form styles) ' +
    'is prefetched when the browser is idle after the start page rendered, and awaited on "Los geht’s"; **result-part** (rules, ' +
    'evaluator, catalogue texts, result page) is prefetched once the questions start, and awaited on "Ergebnis anzeigen"; ' +
    '**booking-steps** (centre search, topic, slot, contact data, booking styles) is prefetched when idle after the first render ' +
    '(at once when a centre is preselected); **manage-page** only with a manage link; **send** and **encrypt** on submitting an ' +
    'application, **copy** on "Kopie herunterladen", **service-fallback-view** (with the service catalogue) only where the service ' +
    'is not online; a **definition** is the form\'s own, loaded with it (counted in the per-form figures). A total counts every ' +
    'lazy part, so for the application form it holds all three definitions, more than any page loads.',
);
console.log(`\nPlatform runtime (${sizes.platform.files.length} files): ${kb(sizes.platform.gzip)} KB gzip (${times(sizes.platform)} the floor), of which loader.js ${kb(sizes.loader.gzip)} KB.`);

console.log('\n### Translations (loaded only on a page in that language)\n');
console.log('| locale | raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|');
for (const r of sizes.translations) console.log(row(r));

console.log('\n### Chunks\n');
console.log('| chunk | raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|');
for (const r of sizes.chunks) console.log(row(r));
console.log('');
