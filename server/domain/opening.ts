/** "Open now" for the centre search: the opening-hours module's rule (local time, Land holidays). */
import { openingStatus } from '../../src/opening-hours/status.ts';
import type { IsOpen } from './centres.ts';

export const isOpenAt: IsOpen = (hours, at, land) => openingStatus(hours, at, land).open;
