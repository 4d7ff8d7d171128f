/**
 * The row of buttons under a form step. Its own sheet because a start page needs it before the
 * form styles (which include it) have loaded.
 */
import { css } from 'lit';

export const actionRowStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-m);
    align-items: center;
    margin-block: var(--soz-space-l) 0;
  }
`;
