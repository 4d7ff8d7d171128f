// The build's minifier for css`` templates (vite.config.ts): smaller styles, same CSS, nothing else touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssTemplates } from '../../vite.config.ts';

test('drops comments and needless whitespace but keeps what CSS needs', () => {
  const source = [
    'export const s = css`',
    '  /* why: a comment */',
    '  .a .b > .c,',
    '  .d:focus-visible {',
    '    margin: calc(1em + 2px) 0;',
    '    font-family: "Open  Sans", sans-serif;',
    '  }',
    '  @media (max-width: 36em) {',
    "    a[href^='http']::after { content: ' (' attr(href) ')'; }",
    '  }',
    '`;',
  ].join('\n');
  assert.equal(
    minifyCssTemplates(source),
    'export const s = css`.a .b>.c,.d:focus-visible{margin:calc(1em + 2px) 0;font-family:"Open  Sans",sans-serif}' +
      "@media (max-width:36em){a[href^='http']::after{content:' (' attr(href) ')'}}`;",
  );
});

test('keeps ${…} expressions and leaves html`` (message ids of @lit/localize) alone', () => {
  const source = 'css`\n  :host {\n    color: ${unsafeCSS(`red`)};\n  }\n` + html`<p>\n  Hallo  </p>` + css`\n  .x { gap: ${gap}px; }\n`';
  assert.equal(minifyCssTemplates(source), 'css`\n  :host {\n    color: ${unsafeCSS(`red`)};\n  }\n` + html`<p>\n  Hallo  </p>` + css`.x{gap:${gap}px}`');
});
