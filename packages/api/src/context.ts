// The request context's shape, imported by every resolver and service: it imports only types that
// sit below them (the loaders' interface, the actor). The factory that builds contexts is
// request-contexts.ts, at the top with the app.
import type { Loaders } from './loaders';
import type { Actor } from './auth/actor';

/** Everything a request carries: loaders (per request), and who and when. */
export interface RequestContext {
  requestId: string;
  loaders: Loaders;
  /** The request's date (YYYY-MM-DD, UTC): the default "today" for date-relative filters. */
  today: string;
  /** Who is asking; every write is attributed to them. */
  actor: Actor;
  /**
   * Whether the answer may be cached: a query that answered without errors. An object, because
   * Apollo runs each operation on a shallow copy of the context and the HTTP front reads this after.
   * `live`: a resolver read something that changes without moving the data revision on (the denial
   * log), so the answer must not be cached.
   */
  answer: { cacheable: boolean; live?: boolean; operationType?: string; operationName?: string };
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
