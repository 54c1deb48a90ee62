import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createLoaders, Loaders } from './loaders';
import { createServices, Services } from './services';

/** Everything a request carries: services (shared), loaders (per request), and who and when. */
export interface RequestContext {
  requestId: string;
  services: Services;
  loaders: Loaders;
  /** The request's date (YYYY-MM-DD, UTC): the default "today" for date-relative filters. */
  today: string;
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function createContextFactory(ds: DataSource) {
  const services = createServices(ds);
  return (): RequestContext => ({
    requestId: randomUUID(),
    services,
    loaders: createLoaders(ds),
    today: todayUtc(),
  });
}
