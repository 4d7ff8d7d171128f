/**
 * One request of a booking step, as the citizen sees it: the step is busy while it runs (buttons
 * disabled), and a failure is kept in words for the step to show. Shared by the booking steps and
 * the manage page, which both run their API calls this way.
 */
import { problemText } from './labels.ts';

export interface RequestState {
  busy: boolean;
  failure: string;
}

/** Runs `work` with `state` busy, rendering (`update`) before and after; resolves undefined on failure. */
export async function runRequest<T>(state: RequestState, update: () => void, work: () => Promise<T>): Promise<T | undefined> {
  state.busy = true;
  state.failure = '';
  update();
  try {
    return await work();
  } catch (error) {
    state.failure = problemText(error);
    return undefined;
  } finally {
    state.busy = false;
    update();
  }
}
