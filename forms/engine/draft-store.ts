/**
 * Drafts and uploaded documents on the citizen's device: IndexedDB, encrypted at rest with
 * AES-GCM under a non-extractable WebCrypto key that is itself kept in IndexedDB (it can be used
 * by this origin's scripts but never read out, so a copied database file is useless).
 */
import type { DraftRecord } from './restore.ts';

const DB_NAME = 'sozialplattform-antraege';
const STORES = ['keys', 'drafts', 'documents'] as const;
type StoreName = (typeof STORES)[number];

interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

let dbPromise: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  dbPromise ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      for (const name of STORES) if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return dbPromise;
}

async function run<T>(store: StoreName, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const request = work(tx.objectStore(store));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

let keyPromise: Promise<CryptoKey> | undefined;

/** The device key: created once, `extractable: false`. */
function deviceKey(): Promise<CryptoKey> {
  keyPromise ??= (async () => {
    const existing = await run<CryptoKey | undefined>('keys', 'readonly', (s) => s.get('draft-key') as IDBRequest<CryptoKey | undefined>);
    if (existing) return existing;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await run('keys', 'readwrite', (s) => s.put(key, 'draft-key'));
    return key;
  })();
  return keyPromise;
}

async function seal(bytes: Uint8Array): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return { iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await deviceKey(), bytes as Uint8Array<ArrayBuffer>) };
}

async function unseal(sealed: Sealed): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, await deviceKey(), sealed.data));
}

const draftKey = (tenant: string, formId: string) => `${tenant}:${formId}`;

export async function saveDraft(tenant: string, record: DraftRecord): Promise<void> {
  const sealed = await seal(new TextEncoder().encode(JSON.stringify(record)));
  await run('drafts', 'readwrite', (s) => s.put(sealed, draftKey(tenant, record.formId)));
}

/** The draft, or undefined when there is none or it cannot be read (e.g. the key was deleted). */
export async function loadDraft(tenant: string, formId: string): Promise<DraftRecord | undefined> {
  const sealed = await run<Sealed | undefined>('drafts', 'readonly', (s) => s.get(draftKey(tenant, formId)) as IDBRequest<Sealed | undefined>);
  if (!sealed) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(await unseal(sealed))) as DraftRecord;
  } catch {
    return undefined;
  }
}

export async function deleteDraft(tenant: string, formId: string, documentIds: readonly string[] = []): Promise<void> {
  await run('drafts', 'readwrite', (s) => s.delete(draftKey(tenant, formId)));
  for (const id of documentIds) await run('documents', 'readwrite', (s) => s.delete(id));
}

export async function saveDocument(id: string, bytes: Uint8Array): Promise<void> {
  const sealed = await seal(bytes);
  await run('documents', 'readwrite', (s) => s.put(sealed, id));
}

export async function readDocument(id: string): Promise<Uint8Array> {
  const sealed = await run<Sealed | undefined>('documents', 'readonly', (s) => s.get(id) as IDBRequest<Sealed | undefined>);
  if (!sealed) throw new Error('Dokument nicht gefunden');
  return unseal(sealed);
}

export async function deleteDocument(id: string): Promise<void> {
  await run('documents', 'readwrite', (s) => s.delete(id));
}
