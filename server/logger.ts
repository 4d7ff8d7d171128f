/** The process logger: pino, JSON lines on stdout, no request data beyond what request-log.ts picks. */
import { pino, type DestinationStream } from 'pino';
import type { Logger } from './http/request-log.ts';

export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  const options = { level, base: { service: 'sozialplattform-api' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
