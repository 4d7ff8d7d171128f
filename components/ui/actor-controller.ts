/**
 * Binds an element to an XState actor that lives outside it (src/flows/actor-registry.ts): the
 * element re-renders on every snapshot and lets go of the subscription when it is disconnected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyActorRef, SnapshotFrom } from 'xstate';

export class ActorController<TActor extends AnyActorRef> implements ReactiveController {
  private subscription?: { unsubscribe(): void };

  constructor(
    private readonly host: ReactiveControllerHost,
    private current: TActor,
  ) {
    host.addController(this);
  }

  get actor(): TActor {
    return this.current;
  }

  get snapshot(): SnapshotFrom<TActor> {
    return this.current.getSnapshot() as SnapshotFrom<TActor>;
  }

  /** Switches to another actor (e.g. a fresh one after all answers were deleted). */
  bind(actor: TActor): void {
    this.subscription?.unsubscribe();
    this.current = actor;
    if (this.connected) this.subscribe();
    this.host.requestUpdate();
  }

  private connected = false;

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private subscribe(): void {
    this.subscription = this.current.subscribe(() => this.host.requestUpdate());
  }
}
