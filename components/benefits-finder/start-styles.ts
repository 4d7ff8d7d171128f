/**
 * The one rule of the form styles the start page uses. The form styles themselves (../ui/form-styles.ts,
 * same rule) come with the question pages, so the start page does not wait for them.
 */
import { css } from 'lit';

export const startPageStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-m);
    align-items: center;
    margin-block: var(--soz-space-l) 0;
  }
`;
