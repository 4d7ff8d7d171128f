/**
 * Multi-step flows live here, outside the elements: one XState actor per flow id, created on first
 * use and kept when an element is removed and re-added (a wizard must survive re-connection).
 */
import { createActor, type AnyActorLogic, type Actor, type ActorOptions } from 'xstate';

const actors = new Map<string, Actor<AnyActorLogic>>();

/**
 * The running actor of `flowId`, created (and started) from `logic` if there is none yet;
 * `options` (e.g. a restored `snapshot`) only apply when it is created.
 */
export function getOrCreateActor<TLogic extends AnyActorLogic>(flowId: string, logic: TLogic, options?: ActorOptions<TLogic>): Actor<TLogic> {
  let actor = actors.get(flowId) as Actor<TLogic> | undefined;
  if (!actor) {
    actor = createActor(logic, options).start();
    actors.set(flowId, actor as Actor<AnyActorLogic>);
  }
  return actor;
}

export const hasActor = (flowId: string): boolean => actors.has(flowId);

/** Stops and forgets the actor of `flowId` (e.g. when the citizen deletes everything). */
export function discardActor(flowId: string): void {
  actors.get(flowId)?.stop();
  actors.delete(flowId);
}
