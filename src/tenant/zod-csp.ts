/**
 * Must be imported before any schema is built: zod probes `new Function` when a schema is
 * created, and strict host CSPs report that probe as a violation even though zod catches it.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
