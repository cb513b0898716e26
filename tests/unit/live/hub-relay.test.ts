import { LiveHub, REMOTE_PRESENCE_TTL_MS, type LiveEvent, type LiveRelay, type RelayMessage } from "../../../lib/server/live/hub";

/**
 * The hub's side of relaying between processes, over an in-memory bus that behaves like NOTIFY
 * (every listener but the sender gets each message, in order). PostgreSQL itself is exercised in
 * tests/integration/live-relay.test.ts.
 */
function bus() {
  const hubs = new Map<string, LiveHub>();
  const join = (origin: string) => {
    const hub = new LiveHub((): LiveRelay => ({
      send: (message: RelayMessage) => {
        for (const [other, target] of hubs) if (other !== origin) target.receive(origin, message);
      },
      stop: async () => undefined,
    }));
    hubs.set(origin, hub);
    return hub;
  };
  return { join, leave: (origin: string) => hubs.delete(origin) };
}

const presenceOf = (events: LiveEvent[]) => events.filter((e) => e.type === "presence").map((e) => (e.type === "presence" ? e.present.map((p) => p.userId).join() : ""));

describe("LiveHub with a relay", () => {
  it("hands changes to the other process's subscribers of that workspace only", () => {
    const { join } = bus();
    const a = join("a");
    const b = join("b");
    const seen: LiveEvent[] = [];
    const elsewhere: LiveEvent[] = [];
    b.subscribe("w1", { userId: "bea", label: "Bea" }, (e) => seen.push(e));
    b.subscribe("w2", { userId: "cy", label: "Cy" }, (e) => elsewhere.push(e));
    a.publish("w1", { topic: "claims", actorId: "ada", clientId: "t1" });
    expect(seen.filter((e) => e.type === "change")).toEqual([expect.objectContaining({ topic: "claims", actorId: "ada", clientId: "t1" })]);
    expect(elsewhere.filter((e) => e.type === "change")).toEqual([]);
  });

  it("merges presence from both processes and drops people when they leave", () => {
    const { join } = bus();
    const a = join("a");
    const b = join("b");
    const atB: LiveEvent[] = [];
    b.subscribe("w1", { userId: "bea", label: "Bea" }, (e) => atB.push(e));
    const leave = a.subscribe("w1", { userId: "ada", label: "Ada" }, () => undefined);
    expect(b.presence("w1").map((p) => p.userId)).toEqual(["bea", "ada"]);
    leave();
    expect(presenceOf(atB)).toEqual(["bea", "bea,ada", "bea"]);
  });

  it("tells a process that joins later who is already there when it says hello", () => {
    const { join } = bus();
    const a = join("a");
    a.subscribe("w1", { userId: "ada", label: "Ada" }, () => undefined);
    const late = join("late");
    a.receive("late", { kind: "hello" }); // what its relay sends on connecting
    expect(late.presence("w1").map((p) => p.userId)).toEqual(["ada"]);
  });

  it("forgets a process that stopped repeating its presence (it died) after the time to live", () => {
    const { join, leave } = bus();
    const a = join("a");
    const b = join("b");
    a.subscribe("w1", { userId: "ada", label: "Ada" }, () => undefined);
    leave("a");
    const now = Date.now();
    const clock = jest.spyOn(Date, "now");
    try {
      clock.mockReturnValue(now + REMOTE_PRESENCE_TTL_MS - 1);
      expect(b.presence("w1").map((p) => p.userId)).toEqual(["ada"]);
      clock.mockReturnValue(now + REMOTE_PRESENCE_TTL_MS + 1_000);
      expect(b.presence("w1")).toEqual([]);
    } finally {
      clock.mockRestore();
    }
  });

  it("makes every open map refetch once after an outage", () => {
    const hub = new LiveHub();
    const seen: LiveEvent[] = [];
    hub.subscribe("w1", { userId: "bea", label: "Bea" }, (e) => seen.push(e));
    hub.resyncAll();
    expect(seen.filter((e) => e.type === "change")).toEqual([expect.objectContaining({ topic: "workspace", clientId: null })]);
  });
});
