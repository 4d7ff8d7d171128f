/** Contract of liveness and readiness (for load balancers and container orchestrators). */
import { z } from 'zod';

export const health = z.strictObject({ status: z.literal('ok'), version: z.string() });
export const readiness = z.strictObject({ status: z.literal('ready'), database: z.literal('ok') });

export type Health = z.infer<typeof health>;
export type Readiness = z.infer<typeof readiness>;
