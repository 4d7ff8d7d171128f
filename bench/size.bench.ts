/** `npm run bench` section: bundle sizes per entry and chunk, against the loader budget. */
import { bundleSizes, type SizeRow } from './bundle-sizes.ts';

const kb = (n: number) => (n / 1024).toFixed(1);
const row = (r: SizeRow) => `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`;

const { entries, chunks } = bundleSizes();
const loader = entries.find((e) => e.name === 'loader.js');
console.log('## Bundle sizes\n');
console.log(`Loader budget: ≤ 3 KB gzip. Measured: ${loader ? kb(loader.gzip) : '?'} KB gzip, ${loader ? kb(loader.brotli) : '?'} KB brotli.\n`);
console.log('### Entries (each with the chunks it statically imports)\n');
console.log('| entry | raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|');
for (const r of entries) console.log(row(r));
console.log('\n### Chunks\n');
console.log('| chunk | raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|');
for (const r of chunks) console.log(row(r));
console.log('');
