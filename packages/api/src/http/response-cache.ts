import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply } from 'fastify';
import { compress, COMPRESS_THRESHOLD, type Encoding } from './encoding';

/**
 * A stored GraphQL response: the exact bytes sent, and the headers that go with them. `variants`
 * holds the same body compressed, added lazily the first time a caller asks for that coding (a
 * later hit sends the stored bytes, it never compresses again).
 */
export interface CachedResponse {
  revision: number;
  /** The entity tag of the identity coding, without quotes or coding suffix (see entityTag, etagOf). */
  etag: string;
  body: Buffer;
  headers: Record<string, string>;
  variants?: { br?: Buffer; gzip?: Buffer };
  /** The GraphQL operation name of the answer, for the request log and metrics of a hit. */
  operationName?: string;
}

/**
 * Identical reads, served from the bytes of the first answer. Entries belong to a data revision
 * (see DataRevision): when any write commits, the revision moves on and every entry is stale. The
 * cache is bounded in entries and bytes and evicts the least recently used.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private revision = -1;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string, revision: number): CachedResponse | undefined {
    this.sync(revision);
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Most recently used last, once eviction draws near (until then the order decides nothing).
    if (this.entries.size * 2 >= this.maxEntries || this.bytes * 2 >= this.maxBytes) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, entry: CachedResponse): void {
    this.sync(entry.revision);
    if (entry.revision !== this.revision || entry.body.length > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= sizeOf(key, old);
    this.entries.set(key, entry);
    this.bytes += sizeOf(key, entry);
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= sizeOf(k, v);
    }
  }

  /** Stores a compressed variant of an entry that is still current; it counts towards the byte bound. */
  addVariant(key: string, revision: number, encoding: 'br' | 'gzip', bytes: Buffer): void {
    const entry = this.entries.get(key);
    if (!entry || entry.revision !== revision || revision !== this.revision) return;
    entry.variants ??= {};
    const old = entry.variants[encoding];
    if (old) this.bytes -= old.length;
    entry.variants[encoding] = bytes;
    this.bytes += bytes.length;
  }

  get size(): number {
    return this.entries.size;
  }

  /** A newer revision empties the cache; an older one (a request that began before a write) stores nothing. */
  private sync(revision: number): void {
    if (revision > this.revision) {
      this.entries.clear();
      this.bytes = 0;
      this.revision = revision;
    }
  }
}

/** What an entry holds: its key (the whole request, see cacheKey) and every coding of its body. */
function sizeOf(key: string, entry: CachedResponse): number {
  return key.length + entry.body.length + (entry.variants?.br?.length ?? 0) + (entry.variants?.gzip?.length ?? 0);
}

/**
 * The cache key of a read: who is asking (their access class) and exactly what, including the
 * media type they accept (Apollo answers application/graphql-response+json or application/json by
 * Accept). The content coding is not part of the key: an entry holds every coding of one answer.
 *
 * The key is the request itself, not a digest of it: a hit then costs one map look-up, where a
 * digest would hash the whole query text on every request. Its length counts towards the cache's
 * byte bound (sizeOf).
 */
export function cacheKey(accessClass: string, method: string, accept: string, request: string): string {
  return `${accessClass}\0${method}\0${accept}\0${request}`;
}

/**
 * The entity tag of a stored read at a revision (computed once, when the answer is stored): it
 * changes whenever any write commits.
 */
export function entityTag(revision: number, key: string): string {
  return `r${revision}-${digestOf(key)}`;
}

/** A short digest (22 base64url characters of SHA-256), for entity tags. */
export function digestOf(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('base64url').slice(0, 22);
}

/** Every read (GraphQL and REST) depends on these request headers (Origin is added by CORS). */
export const READ_VARY = 'Authorization, Accept, Accept-Encoding';
/** Reads may be stored by the client but are revalidated each time (ETag, 304). */
export const READ_CACHE_CONTROL = 'private, no-cache';

/** Vary for a read, keeping what CORS set (Origin). */
export function varyWith(reply: FastifyReply): string {
  const existing = reply.getHeader('vary');
  return existing ? `${String(existing)}, ${READ_VARY}` : READ_VARY;
}

/** The ETag header of an entity tag in a content coding (each coding is its own representation). */
export function etagOf(tag: string, encoding: 'br' | 'gzip' | 'identity' = 'identity'): string {
  return encoding === 'identity' ? `"${tag}"` : `"${tag}-${encoding}"`;
}

/** Whether If-None-Match names this ETag (a list, or *). */
export function matchesEtag(headers: IncomingHttpHeaders, etag: string): boolean {
  const header = headers['if-none-match'];
  if (!header) return false;
  if (header === etag) return true;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === etag || tag === '*';
  });
}

/**
 * Apollo's CSRF prevention, applied before the cache so that a cached answer is never given to a
 * request Apollo would refuse: a GET must carry a header a simple cross-site request cannot.
 */
export function passesCsrfCheck(headers: IncomingHttpHeaders): boolean {
  if (headers['x-apollo-operation-name'] || headers['apollo-require-preflight']) return true;
  const type = String(headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  return type !== '' && !['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'].includes(type);
}

/** The stored bytes of a cached answer in a coding, compressing (once) and storing them when missing. */
export async function variantOf(store: ResponseCache, key: string, hit: CachedResponse, encoding: Encoding): Promise<{ bytes: Buffer; encoding: Encoding }> {
  if (encoding === 'identity' || hit.body.length < COMPRESS_THRESHOLD) return { bytes: hit.body, encoding: 'identity' };
  const stored = hit.variants?.[encoding];
  if (stored) return { bytes: stored, encoding };
  const bytes = await compress(hit.body, encoding);
  store.addVariant(key, hit.revision, encoding, bytes);
  return { bytes, encoding };
}
