/** What the desk's views need from the element that hosts them. */
import type { AdvisorClient } from '../../src/api/advisor.ts';
import type { AdvisorSession } from '../../src/contract/advisor.ts';

export interface DeskHost {
  readonly api: AdvisorClient;
  readonly session: AdvisorSession;
  readonly deskLocale: string;
  readonly shadowRoot: ShadowRoot | null;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  /** Announces a short text in the polite live region. */
  announce(text: string): void;
  /** Handles an error of any API call: 401 ends the session view, the rest becomes a notice. */
  failed(error: unknown): void;
  /** Moves focus to an element of the shadow root after the next render. */
  focusAfterRender(selector: string): Promise<void>;
}
