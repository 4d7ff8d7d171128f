/**
 * Save & resume for the benefits check, only after the citizen opted in: the answers stay in this
 * browser's localStorage with the date they were saved, and can be deleted at any time. Without
 * opt-in this module is never asked to write, and nothing is stored.
 */

const KEY = 'soz-benefits-finder';
/** Bump when the shape of the answers changes; an older save is then discarded with a message. */
export const SAVE_VERSION = 1;

export interface SavedAnswers {
  version: number;
  /** ISO timestamp of the last save, shown to the citizen. */
  savedAt: string;
  answers: Record<string, unknown>;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed iframes); then there is nothing to resume.
    return undefined;
  }
}

export type LoadResult = { status: 'none' } | { status: 'ok'; saved: SavedAnswers } | { status: 'outdated' };

export function loadAnswers(): LoadResult {
  const raw = storage()?.getItem(KEY);
  if (!raw) return { status: 'none' };
  try {
    const saved = JSON.parse(raw) as Partial<SavedAnswers>;
    if (saved.version !== SAVE_VERSION || typeof saved.savedAt !== 'string' || typeof saved.answers !== 'object' || !saved.answers) {
      deleteAnswers();
      return { status: 'outdated' };
    }
    return { status: 'ok', saved: saved as SavedAnswers };
  } catch {
    deleteAnswers();
    return { status: 'outdated' };
  }
}

export function saveAnswers(answers: Record<string, unknown>, now = new Date()): SavedAnswers | undefined {
  const saved: SavedAnswers = { version: SAVE_VERSION, savedAt: now.toISOString(), answers };
  try {
    storage()?.setItem(KEY, JSON.stringify(saved));
    return saved;
  } catch {
    return undefined;
  }
}

export function deleteAnswers(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    /* nothing stored that we could reach */
  }
}

export const STORAGE_KEY = KEY;
