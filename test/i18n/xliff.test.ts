/**
 * Translators' files: every message of a complete language is translated, and no translation
 * loses or invents a placeholder (a missing `${name}` would drop a value from the sentence).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/**
 * Every language must be complete. Leichte Sprache covers the citizens' texts; the staff tools'
 * units (advisor desk, onboarding) carry standard German there, written out so a new message
 * cannot slip through untranslated.
 */
const ALL = ['de-x-ls', 'en', 'tr', 'ar', 'uk', 'ru'];
const COMPLETE = ALL;

interface Unit {
  id: string;
  source: string;
  target?: string;
}

function units(locale: string): Unit[] {
  const xml = readFileSync(new URL(`../../locales/${locale}.xlf`, import.meta.url), 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1];
    return target === undefined ? { id: id!, source } : { id: id!, source, target };
  });
}

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

describe('XLIFF', () => {
  for (const locale of COMPLETE) {
    it(`${locale}: every message is translated`, () => {
      const missing = units(locale).filter((u) => !u.target?.trim());
      assert.deepEqual(missing.map((u) => `${u.id}: ${u.source.slice(0, 60)}`), []);
    });
  }
  for (const locale of ALL) {
    it(`${locale}: translations keep exactly the placeholders of the source`, () => {
      const broken = units(locale).filter((u) => u.target !== undefined && placeholders(u.target).join() !== placeholders(u.source).join());
      assert.deepEqual(broken.map((u) => u.id), []);
    });
  }
});
