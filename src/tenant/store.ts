/**
 * The page's tenant context, filled once by the loader and read by every widget. Widgets never
 * fetch configuration themselves.
 */
import type { ResolvedTenant } from './schema.ts';
import type { TenantIssue } from './issues.ts';

export type TenantState =
  | { status: 'loading' }
  | { status: 'ready'; tenant: ResolvedTenant; apiBase: string }
  | { status: 'failed'; reason: 'unknown-tenant' | 'invalid-config' | 'network' | 'no-tenant'; issues?: TenantIssue[] };

type Listener = (state: TenantState) => void;

let state: TenantState = { status: 'loading' };
const listeners = new Set<Listener>();

export function tenantState(): TenantState {
  return state;
}

export function currentTenant(): ResolvedTenant | undefined {
  return state.status === 'ready' ? state.tenant : undefined;
}

export function apiBase(): string {
  return state.status === 'ready' ? state.apiBase : '/api/';
}

export function setTenantState(next: TenantState): void {
  state = next;
  for (const listener of listeners) listener(state);
}

/** Calls `listener` now and on every change; returns the unsubscribe function. */
export function subscribeTenant(listener: Listener): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}
