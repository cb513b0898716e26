import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { Client } from "pg";
import type { LiveHub, LiveRelay, RelayMessage } from "./hub";

/** The PostgreSQL channel every Agon process listens on. */
export const LIVE_CHANNEL = "agon_live";
/** Names the relay's connections in pg_stat_activity. */
export const RELAY_APPLICATION_NAME = "agon-live-relay";
/** Presence is repeated this often so that a process that died stops counting (see REMOTE_PRESENCE_TTL_MS). */
export const PRESENCE_REPEAT_MS = 15_000;
const RECONNECT_DELAYS_MS = [250, 500, 1_000, 2_000, 5_000];
/** NOTIFY payloads must stay under 8000 bytes; ours are a few hundred. */
const MAX_PAYLOAD_BYTES = 7_900;

interface Envelope {
  origin: string;
  message: RelayMessage;
}

/**
 * Relays a hub's changes and presence to the hubs of other processes through PostgreSQL's
 * LISTEN/NOTIFY: one dedicated connection per process (outside Prisma's pool, which hands
 * connections out per query and so cannot hold a LISTEN), reconnecting with back-off when it drops.
 * Each payload carries this process's id, so its own notifications, which PostgreSQL delivers back
 * to it too, are ignored: local subscribers were served directly.
 */
export class PostgresLiveRelay implements LiveRelay {
  readonly origin = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private client: Client | null = null;
  private stopped = false;
  private attempts = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly presenceTimer: NodeJS.Timeout;
  private readyResolvers: (() => void)[] = [];
  /** Connections already given up: their late "error" and "end" events must not reconnect again. */
  private readonly retired = new WeakSet<Client>();

  constructor(
    private readonly connectionString: string,
    private readonly hub: LiveHub,
  ) {
    this.presenceTimer = setInterval(() => hub.announceAllPresence(), PRESENCE_REPEAT_MS);
    this.presenceTimer.unref();
    void this.connect();
  }

  /** Resolves once the relay is listening (tests and benches wait for it). */
  ready(): Promise<void> {
    if (this.client) return Promise.resolve();
    return new Promise((resolve) => this.readyResolvers.push(resolve));
  }

  send(message: RelayMessage): void {
    const client = this.client;
    if (!client) return; // while reconnecting; hub.resyncAll() covers what others missed
    const payload = JSON.stringify({ origin: this.origin, message } satisfies Envelope);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      console.error(`Live relay: a ${message.kind} message is too large for NOTIFY and was not relayed.`);
      return;
    }
    client.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, payload]).catch((error: Error) => {
      console.error(`Live relay: could not notify (${error.message}); reconnecting.`);
      this.dropConnection(client);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.presenceTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    if (client) this.retired.add(client);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.connectionString, application_name: RELAY_APPLICATION_NAME });
    client.on("error", (error) => {
      console.error(`Live relay: connection lost (${error.message}); reconnecting.`);
      this.dropConnection(client);
    });
    client.on("end", () => this.dropConnection(client));
    client.on("notification", (notification) => {
      if (notification.channel === LIVE_CHANNEL && notification.payload) this.onPayload(notification.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      console.error(`Live relay: cannot listen (${(error as Error).message}); retrying.`);
      this.dropConnection(client);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    const reconnected = this.attempts > 0;
    this.attempts = 0;
    this.client = client;
    for (const resolve of this.readyResolvers.splice(0)) resolve();
    // Ask the others for their presence and tell them ours; after an outage, open maps refetch.
    this.send({ kind: "hello" });
    this.hub.announceAllPresence();
    if (reconnected) this.hub.resyncAll();
  }

  private onPayload(payload: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      return; // not ours: someone else NOTIFYing on the channel
    }
    if (!envelope || typeof envelope.origin !== "string" || envelope.origin === this.origin || !envelope.message) return;
    this.hub.receive(envelope.origin, envelope.message);
  }

  private dropConnection(client: Client): void {
    if (this.retired.has(client)) return;
    this.retired.add(client);
    if (this.client === client) this.client = null;
    client.removeAllListeners("notification");
    client.end().catch(() => undefined);
    if (this.stopped || this.reconnectTimer) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempts, RECONNECT_DELAYS_MS.length - 1)]!;
    this.attempts += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delay);
    this.reconnectTimer.unref();
  }
}
