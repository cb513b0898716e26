import { Client } from "pg";
import { LiveHub, type LiveEvent, type LiveChange, type LivePresence } from "@/lib/server/live/hub";
import { PostgresLiveRelay, RELAY_APPLICATION_NAME } from "@/lib/server/live/pg-relay";

/**
 * Two hubs stand for two app processes on one PostgreSQL database: what one publishes must reach
 * the other's subscribers within a second, through LISTEN/NOTIFY. Runs in the PostgreSQL pass of
 * `npm test` (scripts/with-postgres.sh); on SQLite there is one process and nothing to relay.
 */
const url = process.env.DATABASE_URL ?? "";
const onPostgres = /^postgres(ql)?:/.test(url);
if (!onPostgres) console.log("live-relay.test.ts skipped: it needs PostgreSQL (run it through scripts/with-postgres.sh).");
// LISTEN/NOTIFY exists only on PostgreSQL. The SQLite run skips this suite, saying so above; `npm test`
// runs the integration suite again on a throwaway PostgreSQL (scripts/test-all.sh), where it runs.
const describeOnPostgres = onPostgres ? describe : describe.skip;

const WITHIN_MS = 1_000;

function inbox() {
  const events: LiveEvent[] = [];
  const waiters: { test: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }[] = [];
  return {
    events,
    send(event: LiveEvent) {
      events.push(event);
      for (const waiter of waiters.splice(0)) {
        if (waiter.test(event)) waiter.resolve(event);
        else waiters.push(waiter);
      }
    },
    /** The first event (already received or arriving within `ms`) that passes `test`. */
    next(test: (e: LiveEvent) => boolean, ms = WITHIN_MS): Promise<LiveEvent> {
      const seen = events.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`)), ms);
        waiters.push({ test, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
  };
}

const isChange = (topic: string) => (e: LiveEvent): e is LiveChange => e.type === "change" && e.topic === topic;
const presentIds = (e: LiveEvent) => (e as LivePresence).present.map((p) => p.userId).sort();

describeOnPostgres("live events across processes (PostgreSQL LISTEN/NOTIFY)", () => {
  let relays: PostgresLiveRelay[] = [];
  let hubA: LiveHub;
  let hubB: LiveHub;

  beforeEach(async () => {
    relays = [];
    const make = () => new LiveHub((hub) => {
      const relay = new PostgresLiveRelay(url, hub);
      relays.push(relay);
      return relay;
    });
    hubA = make();
    hubB = make();
    hubA.announceAllPresence(); // starts the relays (they start on first use)
    hubB.announceAllPresence();
    await Promise.all(relays.map((r) => r.ready()));
  });

  afterEach(async () => {
    await Promise.all([hubA.stop(), hubB.stop()]);
  });

  it("delivers a change published in one process to a subscriber of the other within a second, once", async () => {
    const inB = inbox();
    const inA = inbox();
    hubB.subscribe("ws-1", { userId: "bea", label: "Bea" }, inB.send);
    hubA.subscribe("ws-1", { userId: "ada", label: "Ada" }, inA.send);
    const sentAt = Date.now();
    hubA.publish("ws-1", { topic: "claims", actorId: "ada", clientId: "tab-1" });
    const received = (await inB.next(isChange("claims"))) as LiveChange;
    expect(Date.now() - sentAt).toBeLessThan(WITHIN_MS);
    expect(received).toMatchObject({ topic: "claims", actorId: "ada", clientId: "tab-1" });

    // The publisher's own subscriber gets it directly, and its echo through PostgreSQL is dropped.
    await new Promise((r) => setTimeout(r, 300));
    expect(inA.events.filter(isChange("claims"))).toHaveLength(1);
    expect(inB.events.filter(isChange("claims"))).toHaveLength(1);
  });

  it("keeps workspaces apart", async () => {
    const other = inbox();
    const mine = inbox();
    hubB.subscribe("ws-other", { userId: "cy", label: "Cy" }, other.send);
    hubB.subscribe("ws-2", { userId: "bea", label: "Bea" }, mine.send);
    hubA.publish("ws-2", { topic: "edges", actorId: "ada", clientId: null });
    await mine.next(isChange("edges"));
    expect(other.events.filter((e) => e.type === "change")).toHaveLength(0);
  });

  it("shares presence: who has the workspace open in either process, and who left", async () => {
    const inB = inbox();
    hubB.subscribe("ws-3", { userId: "bea", label: "Bea" }, inB.send);
    const inA = inbox();
    const leave = hubA.subscribe("ws-3", { userId: "ada", label: "Ada" }, inA.send);
    const both = (e: LiveEvent) => e.type === "presence" && presentIds(e).join() === "ada,bea";
    await Promise.all([inB.next(both), inA.next(both)]);
    leave();
    inB.events.length = 0;
    await inB.next((e) => e.type === "presence" && presentIds(e).join() === "bea");
  });

  it("reconnects after its connection is killed, and the open maps refetch once", async () => {
    const inB = inbox();
    const inA = inbox();
    hubB.subscribe("ws-4", { userId: "bea", label: "Bea" }, inB.send);
    hubA.subscribe("ws-4", { userId: "ada", label: "Ada" }, inA.send);
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      // Both relays lose their connection, as when the database restarts.
      const killed = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [RELAY_APPLICATION_NAME]);
      expect(killed.rowCount).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
    const resynced = (e: LiveEvent) => e.type === "change" && e.topic === "workspace";
    await Promise.all([inB.next(resynced, 5_000), inA.next(resynced, 5_000)]);
    inB.events.length = 0;
    hubA.publish("ws-4", { topic: "stance", actorId: "ada", clientId: null });
    await inB.next(isChange("stance"));
  });
});
