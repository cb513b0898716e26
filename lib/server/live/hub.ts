/**
 * Live updates for one app process: who is watching which workspace (presence) and a fan-out of
 * "something changed" events to their open event streams. With SQLite Agon runs as one process, so
 * this is the whole path; several processes on PostgreSQL would relay `publish` through
 * LISTEN/NOTIFY (see README, "Live updates").
 */

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

export class LiveHub {
  private readonly rooms = new Map<string, Set<Subscriber>>();

  subscribe(workspaceId: string, user: PresenceEntry, send: (event: LiveEvent) => void): () => void {
    const room = this.rooms.get(workspaceId) ?? new Set<Subscriber>();
    this.rooms.set(workspaceId, room);
    const subscriber: Subscriber = { user, send };
    room.add(subscriber);
    this.broadcastPresence(workspaceId);
    return () => {
      room.delete(subscriber);
      if (room.size === 0) this.rooms.delete(workspaceId);
      else this.broadcastPresence(workspaceId);
    };
  }

  publish(workspaceId: string, change: Omit<LiveChange, "type" | "at">): void {
    const event: LiveChange = { type: "change", at: Date.now(), ...change };
    for (const subscriber of this.rooms.get(workspaceId) ?? []) subscriber.send(event);
  }

  /** Distinct people with the workspace open, in the order they arrived. */
  presence(workspaceId: string): PresenceEntry[] {
    const seen = new Map<string, PresenceEntry>();
    for (const { user } of this.rooms.get(workspaceId) ?? []) if (!seen.has(user.userId)) seen.set(user.userId, user);
    return [...seen.values()];
  }

  private broadcastPresence(workspaceId: string): void {
    const event: LivePresence = { type: "presence", present: this.presence(workspaceId) };
    for (const subscriber of this.rooms.get(workspaceId) ?? []) subscriber.send(event);
  }
}

// One hub per process, surviving Next's module re-evaluation in development.
const globalForHub = globalThis as unknown as { agonLiveHub?: LiveHub };
export const liveHub: LiveHub = globalForHub.agonLiveHub ?? (globalForHub.agonLiveHub = new LiveHub());

/** The header a browser tab sends with its writes, and the query parameter of its event stream. */
export const CLIENT_ID_HEADER = "x-agon-client";
