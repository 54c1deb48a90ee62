import { Client, type ClientConfig } from 'pg';

/** The channel every committed write notifies, with the new data revision as its payload. */
export const REVISION_CHANNEL = 'cdp_data_revision';

/**
 * How often (milliseconds) the revision is also read with a query, whatever the notifications say:
 * the bound on how stale this instance's view can be if a notification is lost (the listening
 * connection dropped and is reconnecting, or a write made outside the API that did not notify).
 */
export const REVISION_POLL_MS = 1000;

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
 */
export class RevisionListener {
  private client: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectDelay = RECONNECT_MS.first;
  private stopped = false;

  constructor(private readonly options: RevisionListenerOptions) {}

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
      const revision = Number(message.payload);
      if (message.channel === REVISION_CHANNEL && Number.isSafeInteger(revision)) this.options.onRevision(revision);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the revision listening connection ended')));
    await client.connect();
    await client.query(`LISTEN ${REVISION_CHANNEL}`);
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.reconnectDelay = RECONNECT_MS.first;
    await this.poll();
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

  private async poll(): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      const result = await client.query<{ revision: string | number }>('SELECT revision FROM data_revision WHERE id = 1');
      const row = result.rows[0];
      if (row) this.options.onRevision(Number(row.revision));
    } catch (error) {
      this.options.onError?.(error as Error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
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
