/**
 * XState's `setup()` with the typing of the original but only `createMachine` (and `assign`) behind
 * it. The original returns every action creator (sendTo, log, emit, enqueueActions, spawnChild …),
 * which keeps all of them in every widget's bundle (≈ 0.8 KB gzip) although our flows use none.
 * Same runtime semantics: the original's `createMachine` also passes the implementations through.
 */
import { assign, createMachine } from 'xstate';
import type { setup as xstateSetup } from 'xstate';

type Implementations = Parameters<typeof xstateSetup>[0];
type Config = Parameters<typeof createMachine>[0];

function createOnly({ schemas, actors, actions, guards, delays }: Implementations) {
  return {
    assign,
    createMachine: (config: Config) => createMachine({ ...config, schemas }, { actors, actions, guards, delays } as Parameters<typeof createMachine>[1]),
  };
}

/** Gives `createOnly` the generic signature of `f`, narrowed to the two members it implements. */
const typedLike = <A extends unknown[], R extends object>(_f: (...args: A) => R) =>
  createOnly as unknown as (...args: A) => Pick<R, Extract<keyof R, 'createMachine' | 'assign'>>;
// Never called: only its return type is used, so XState's own `setup` is never bundled.
const _typeOfSetup = (original: typeof xstateSetup) => typedLike(original);

/**
 * Use exactly like XState's `setup(…)`, then `.createMachine(…)`. The other helpers of its result
 * (`sendTo`, `raise`, `log` …) are deliberately missing; import them from 'xstate' where needed.
 */
export const setup = createOnly as unknown as ReturnType<typeof _typeOfSetup>;
