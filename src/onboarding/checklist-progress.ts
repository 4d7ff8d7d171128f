/**
 * Checklist progress of municipal staff, kept on their device (localStorage) per Land, and its
 * export as JSON or Markdown. This is staff working data, never a citizen's.
 */
import { CHECKLIST, CHECKLIST_ITEM_IDS } from './checklist.ts';

export const PROGRESS_KEY = 'soz-onboarding-checklist';
const VERSION = 1;

export interface ChecklistProgress {
  version: typeof VERSION;
  landKey: string;
  /** Item ids `group/item` that are done. */
  done: string[];
  updatedAt: string;
}

type Stored = Record<string, ChecklistProgress>;

function readAll(storage: Storage | undefined): Stored {
  try {
    const raw = storage?.getItem(PROGRESS_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Stored) : {};
  } catch {
    // Unreadable or blocked storage: start fresh rather than fail.
    return {};
  }
}

export function loadProgress(landKey: string, storage: Storage | undefined = globalThis.localStorage): ChecklistProgress {
  const entry = readAll(storage)[landKey];
  const done = entry?.version === VERSION ? entry.done.filter((id) => CHECKLIST_ITEM_IDS.includes(id)) : [];
  return { version: VERSION, landKey, done, updatedAt: entry?.updatedAt ?? '' };
}

export function saveProgress(progress: ChecklistProgress, storage: Storage | undefined = globalThis.localStorage): void {
  const all = readAll(storage);
  all[progress.landKey] = progress;
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(all));
  } catch {
    // Full or blocked storage: progress stays in this window only.
  }
}

export function clearProgress(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing to clear.
  }
}

export function toggleItem(progress: ChecklistProgress, id: string, done: boolean, now = new Date()): ChecklistProgress {
  const set = new Set(progress.done);
  if (done) set.add(id);
  else set.delete(id);
  return { ...progress, done: CHECKLIST_ITEM_IDS.filter((i) => set.has(i)), updatedAt: now.toISOString() };
}

export function progressJson(progress: ChecklistProgress, landName: string): string {
  const items = CHECKLIST.flatMap((g) =>
    g.items.map((i) => ({ id: `${g.id}/${i.id}`, group: g.title, text: i.text, done: progress.done.includes(`${g.id}/${i.id}`) })),
  );
  return `${JSON.stringify({ land: { key: progress.landKey, name: landName }, updatedAt: progress.updatedAt, items }, null, 2)}\n`;
}

export function progressMarkdown(progress: ChecklistProgress, landName: string): string {
  const lines = [`# Anbindung an die Sozialplattform – ${landName}`, ''];
  if (progress.updatedAt) lines.push(`Stand: ${progress.updatedAt.slice(0, 10)}`, '');
  for (const group of CHECKLIST) {
    lines.push(`## ${group.title}`, '');
    for (const item of group.items) lines.push(`- [${progress.done.includes(`${group.id}/${item.id}`) ? 'x' : ' '}] ${item.text}`);
    lines.push('');
  }
  return lines.join('\n');
}
