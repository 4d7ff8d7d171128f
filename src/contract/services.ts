/** Contract of the service catalogue: the platform's modules, the OZG services and information entries. */
import { z } from 'zod';
import { serviceInfo, type ServiceInfo } from '../catalogue/service-info.ts';

export { serviceInfo, type ServiceInfo };

export const serviceList = z.strictObject({ items: z.array(serviceInfo) });
export type ServiceList = z.infer<typeof serviceList>;
