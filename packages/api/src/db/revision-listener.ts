import { randomBytes } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';

/** The channel every committed write notifies, with the new data revision as its payload. */
export const REVISION_CHANNEL = 'cdp_data_revision';

/**
 * How often (milliseconds) the revision is also read with a query, whatever the notifications say:
 * the bound on how stale this instance's view can be if a notification is lost (the listening
 * connection dropped and is reconnecting, or a write made outside the API that did not notify).
 */
export const REVISION_POLL_MS = 1000;

/**
 * The channel on which each instance says it has heard a revision (payload `<instance id>:<revision>`),
 * so that a write is acknowledged to its caller only once every instance knows of it (see heardByAll).
 */
export const HEARD_CHANNEL = 'cdp_data_revision_heard';

/** The application_name of the listening connections: a write counts them (pg_stat_activity) to know how many must say they heard it. */
export const LISTEN_APPLICATION_NAME = 'cdp-plan-api-listen';

/** Instances not heard from for this long are forgotten (restarted instances get a new id). */
const FORGET_MS = 10 * 60_000;

/** How long to wait before reconnecting a dropped listening connection (doubling up to 10 s). */
const RECONNECT_MS = { first: 100, max: 10_000 };

export interface RevisionListenerOptions {
  /** pg client settings of the listening connection (the same URL as the pool). */
  client: ClientConfig;
  /** Called with every revision heard (a notification or a poll); must not throw. */
  onRevision(revision: number): void;
  /** Called when the connection fails; must not throw. */
  onError?(error: Error): void;
  pollMs?: number;
}

/**
 * Keeps this process's view of the data revision current on PostgreSQL without a query per
 * request: one connection of its own LISTENs on REVISION_CHANNEL, which every write transaction
 * NOTIFYs (PostgreSQL delivers a notification when, and only when, its transaction commits, in
 * commit order). Every REVISION_POLL_MS, and at once after (re)connecting, it also reads the
 * revision, so a lost notification delays a change by at most that long.
 *
 * A notification reaches each instance on its own time, so on its own it does not make a read
 * through B right after a write through A see the write: measured on a loaded machine, a third of
 * such reads still had the old revision (stale by 3 to 90 ms). So each instance also says, on
 * HEARD_CHANNEL, which revision it has heard, once it has taken it in, and the writer waits for all
 * of them (Database.writeTransaction, heardByAll) before its caller is answered.
 */
export class RevisionListener {
  private client: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectDelay = RECONNECT_MS.first;
  private stopped = false;

  constructor(private readonly options: RevisionListenerOptions) {}

  /** This instance's name on HEARD_CHANNEL (a new one each start). */
  readonly id = randomBytes(6).toString('hex');
  /** The highest revision each instance has said it heard, and when. */
  private readonly heardBy = new Map<string, { revision: number; at: number }>();
  private waiters: Array<{ revision: number; listeners: number; done: () => void }> = [];

  /** Connects and LISTENs; resolves once listening (the first connection must work). */
  async start(): Promise<void> {
    await this.connect();
    this.timer = setInterval(() => void this.poll(), this.options.pollMs ?? REVISION_POLL_MS);
    this.timer.unref();
  }

  /** Whether the listening connection is up (readiness reports it). */
  get connected(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    const client = new Client(this.options.client);
    client.on('notification', (message) => {
      if (message.channel === HEARD_CHANNEL) return this.heard(message.payload ?? '');
      const revision = Number(message.payload);
      if (message.channel === REVISION_CHANNEL && Number.isSafeInteger(revision)) {
        this.options.onRevision(revision);
        this.sayHeard(client, revision);
      }
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the revision listening connection ended')));
    await client.connect();
    await client.query(`LISTEN ${REVISION_CHANNEL}; LISTEN ${HEARD_CHANNEL}`);
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.reconnectDelay = RECONNECT_MS.first;
    // Heard at (re)connection: a write that counted this connection before it listened waits for it.
    const revision = await this.poll();
    if (revision !== null) this.sayHeard(client, revision);
  }

  /** Says on HEARD_CHANNEL that this instance has taken `revision` in (a lost message only makes a writer wait longer). */
  private sayHeard(client: Client, revision: number): void {
    client.query('SELECT pg_notify($1, $2)', [HEARD_CHANNEL, `${this.id}:${revision}`]).catch(() => undefined);
  }

  private heard(payload: string): void {
    const match = /^([0-9a-f]+):(\d+)$/.exec(payload);
    if (!match) return;
    const revision = Number(match[2]);
    const now = Date.now();
    const known = this.heardBy.get(match[1]!);
    if (!known || known.revision < revision) this.heardBy.set(match[1]!, { revision, at: now });
    for (const [id, entry] of this.heardBy) if (now - entry.at > FORGET_MS) this.heardBy.delete(id);
    this.waiters = this.waiters.filter((w) => (this.heardCount(w.revision) >= w.listeners ? (w.done(), false) : true));
  }

  private heardCount(revision: number): number {
    let n = 0;
    for (const entry of this.heardBy.values()) if (entry.revision >= revision) n++;
    return n;
  }

  /**
   * Resolves once `listeners` instances (this one, the writer, included) have heard `revision`, or
   * after `timeoutMs` (an instance that does not answer has at worst REVISION_POLL_MS to poll), or
   * at once while this instance's own listening connection is down (it would hear no one).
   */
  heardByAll(revision: number, listeners: number, timeoutMs: number = REVISION_POLL_MS): Promise<void> {
    if (!this.client || this.stopped) return Promise.resolve();
    // This instance made the write and has taken it in already: with no other instance, no wait.
    const self = this.heardBy.get(this.id);
    if (!self || self.revision < revision) this.heardBy.set(this.id, { revision, at: Date.now() });
    if (this.heardCount(revision) >= listeners) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = {
        revision,
        listeners,
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve();
      }, timeoutMs);
      timer.unref();
      this.waiters.push(waiter);
    });
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.options.onError?.(error);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().catch((error: Error) => {
        this.options.onError?.(error);
        this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MS.max);
        this.scheduleReconnect();
      });
    }, this.reconnectDelay);
    this.reconnectTimer.unref();
  }

  /** Reads the revision (and passes it on); null when it could not. */
  private async poll(): Promise<number | null> {
    const client = this.client;
    if (!client) return null;
    try {
      const result = await client.query<{ revision: string | number }>('SELECT revision FROM data_revision WHERE id = 1');
      const row = result.rows[0];
      if (!row) return null;
      const revision = Number(row.revision);
      this.options.onRevision(revision);
      return revision;
    } catch (error) {
      this.options.onError?.(error as Error);
      return null;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const waiter of this.waiters.splice(0)) waiter.done();
    if (this.timer) clearInterval(this.timer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
