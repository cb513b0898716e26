/**
 * Live updates for one app process: who is watching which workspace (presence) and a fan-out of
 * "something changed" events to their open event streams. With SQLite Agon runs as one process, so
 * this is the whole path. On PostgreSQL several processes share one database, and a relay
 * (./pg-relay.ts, LISTEN/NOTIFY) carries each process's changes and presence to the others.
 */
import { isPostgresUrl } from "../database-url";
import { PostgresLiveRelay } from "./pg-relay";

export interface LiveChange {
  type: "change";
  /** What changed, e.g. "claims", "edges", "stance": the first path segment after the workspace. */
  topic: string;
  actorId: string;
  /** The browser tab that made the change, so that tab can skip its own echo. */
  clientId: string | null;
  at: number;
}

export interface PresenceEntry {
  userId: string;
  label: string;
}

export interface LivePresence {
  type: "presence";
  present: PresenceEntry[];
}

export type LiveEvent = LiveChange | LivePresence;

interface Subscriber {
  user: PresenceEntry;
  send: (event: LiveEvent) => void;
}

/** What one process tells the others: a change, or who has a workspace open in that process. */
export type RelayMessage =
  | { kind: "change"; workspaceId: string; change: LiveChange }
  | { kind: "presence"; workspaceId: string; present: PresenceEntry[] }
  /** A process that just (re)connected asks the others to repeat their presence. */
  | { kind: "hello" };

/** Carries messages between the hubs of several processes; `send` never throws. */
export interface LiveRelay {
  send(message: RelayMessage): void;
  stop(): Promise<void>;
}

/** How long another process's presence counts without being repeated (it repeats it more often). */
export const REMOTE_PRESENCE_TTL_MS = 45_000;

export class LiveHub {
  private readonly rooms = new Map<string, Set<Subscriber>>();
  /** workspaceId → other process → who has it open there, until when. */
  private readonly remotePresence = new Map<string, Map<string, { present: PresenceEntry[]; expires: number }>>();
  private relay: LiveRelay | null = null;

  /**
   * @param createRelay called on first use rather than at import, so building the app (which
   * imports route modules) opens no database connections.
   */
  constructor(private readonly createRelay: ((hub: LiveHub) => LiveRelay) | null = null) {}

  private relayed(): LiveRelay | null {
    if (!this.relay && this.createRelay) this.relay = this.createRelay(this);
    return this.relay;
  }

  subscribe(workspaceId: string, user: PresenceEntry, send: (event: LiveEvent) => void): () => void {
    const room = this.rooms.get(workspaceId) ?? new Set<Subscriber>();
    this.rooms.set(workspaceId, room);
    const subscriber: Subscriber = { user, send };
    room.add(subscriber);
    this.localPresenceChanged(workspaceId);
    return () => {
      room.delete(subscriber);
      if (room.size === 0) this.rooms.delete(workspaceId);
      this.localPresenceChanged(workspaceId);
    };
  }

  publish(workspaceId: string, change: Omit<LiveChange, "type" | "at">): void {
    const event: LiveChange = { type: "change", at: Date.now(), ...change };
    this.deliver(workspaceId, event);
    this.relayed()?.send({ kind: "change", workspaceId, change: event });
  }

  /** Distinct people with the workspace open here or in another process, in the order they arrived. */
  presence(workspaceId: string): PresenceEntry[] {
    const seen = new Map<string, PresenceEntry>();
    for (const user of this.localPresence(workspaceId)) seen.set(user.userId, user);
    const now = Date.now();
    for (const [origin, entry] of this.remotePresence.get(workspaceId) ?? []) {
      if (entry.expires < now) this.remotePresence.get(workspaceId)?.delete(origin);
      else for (const user of entry.present) if (!seen.has(user.userId)) seen.set(user.userId, user);
    }
    return [...seen.values()];
  }

  /** A message from another process's hub (the relay has already dropped this process's own). */
  receive(origin: string, message: RelayMessage): void {
    if (message.kind === "change") this.deliver(message.workspaceId, message.change);
    else if (message.kind === "hello") this.announceAllPresence();
    else {
      const byOrigin = this.remotePresence.get(message.workspaceId) ?? new Map();
      this.remotePresence.set(message.workspaceId, byOrigin);
      if (message.present.length === 0) byOrigin.delete(origin);
      else byOrigin.set(origin, { present: message.present, expires: Date.now() + REMOTE_PRESENCE_TTL_MS });
      if (byOrigin.size === 0) this.remotePresence.delete(message.workspaceId);
      this.broadcastPresence(message.workspaceId);
    }
  }

  /** Tell the other processes who is here, for every open workspace (periodically and on request). */
  announceAllPresence(): void {
    const relay = this.relayed();
    if (!relay) return;
    for (const workspaceId of this.rooms.keys()) relay.send({ kind: "presence", workspaceId, present: this.localPresence(workspaceId) });
  }

  /**
   * After the relay lost its connection, changes made elsewhere meanwhile were missed: every open
   * map here refetches once.
   */
  resyncAll(): void {
    for (const workspaceId of this.rooms.keys()) this.deliver(workspaceId, { type: "change", topic: "workspace", actorId: "", clientId: null, at: Date.now() });
  }

  async stop(): Promise<void> {
    await this.relay?.stop();
  }

  private deliver(workspaceId: string, event: LiveChange): void {
    for (const subscriber of this.rooms.get(workspaceId) ?? []) subscriber.send(event);
  }

  private localPresence(workspaceId: string): PresenceEntry[] {
    const seen = new Map<string, PresenceEntry>();
    for (const { user } of this.rooms.get(workspaceId) ?? []) if (!seen.has(user.userId)) seen.set(user.userId, user);
    return [...seen.values()];
  }

  private localPresenceChanged(workspaceId: string): void {
    this.broadcastPresence(workspaceId);
    this.relayed()?.send({ kind: "presence", workspaceId, present: this.localPresence(workspaceId) });
  }

  private broadcastPresence(workspaceId: string): void {
    const event: LivePresence = { type: "presence", present: this.presence(workspaceId) };
    for (const subscriber of this.rooms.get(workspaceId) ?? []) subscriber.send(event);
  }
}

function createProcessHub(): LiveHub {
  const url = process.env.DATABASE_URL ?? "";
  if (!isPostgresUrl(url)) return new LiveHub();
  // A static import: the production bundle turned a lazy require of ./pg-relay into an object
  // without the class ("not a constructor"), which broke live updates on PostgreSQL. `pg` is an
  // external package, so importing it costs the SQLite path nothing but a module load.
  return new LiveHub((hub) => new PostgresLiveRelay(url, hub));
}

// One hub per process, surviving Next's module re-evaluation in development.
const globalForHub = globalThis as unknown as { agonLiveHub?: LiveHub };
export const liveHub: LiveHub = globalForHub.agonLiveHub ?? (globalForHub.agonLiveHub = createProcessHub());

/** The header a browser tab sends with its writes, and the query parameter of its event stream. */
export const CLIENT_ID_HEADER = "x-agon-client";
