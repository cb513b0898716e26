import { spawnSync } from "node:child_process";
import path from "node:path";
import { db } from "@/lib/server/db";
import { getMap } from "@/lib/server/services/map/get-map";
import { getSource } from "@/lib/server/services/sources/get-source";
import { createSyntheticWorkspace } from "@/lib/server/services/workspaces/create-synthetic-workspace";
import { makeUser } from "./fixtures";

const ROOT = path.resolve(__dirname, "../..");
const agon = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/agon.ts", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DEMO_EMAIL: "synthetic-demo@example.test" } });

describe("synthetic workspaces", () => {
  it("stores the generated map so the map service reads it back whole, anchors included", async () => {
    const owner = await makeUser("synthetic");
    const created = await createSyntheticWorkspace(owner, { claims: 60, edges: 150, sources: 2, seed: 3 });
    expect(created).toMatchObject({ claims: 60, edges: 150, sources: 2 });
    const map = await getMap(owner, created.id);
    expect(map.role).toBe("owner");
    expect(map.claims).toHaveLength(60);
    expect(map.edges.length + map.undercuts.length).toBe(150);
    expect(map.undercuts.length).toBeGreaterThan(0);
    expect(map.edges.some((e) => e.premises.length > 1)).toBe(true);
    const anchored = map.claims.filter((c) => c.anchor);
    expect(anchored.length).toBeGreaterThan(30);
    const source = await getSource(owner, created.id, anchored[0]!.anchor!.sourceId);
    expect(source.text.slice(anchored[0]!.anchor!.start, anchored[0]!.anchor!.end)).toBe(anchored[0]!.text);
    // The database's own uniqueness agrees with the generator's: every signature is set and distinct.
    const signatures = await db.inference.findMany({ where: { workspaceId: created.id }, select: { signature: true } });
    expect(new Set(signatures.map((s) => s.signature)).size).toBe(150);
    expect(signatures.every((s) => s.signature)).toBe(true);
  });

  it("the CLI creates the demo account if missing and prints the workspace id last; bad arguments exit 2", async () => {
    const result = agon("seed-synthetic", "--claims", "30", "--edges", "45", "--sources", "1");
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
    const id = result.stdout.trim().split("\n").pop()!;
    const workspace = await db.workspace.findUniqueOrThrow({ where: { id }, include: { members: { include: { user: true } }, _count: { select: { claims: true, inferences: true } } } });
    expect(workspace.members[0]!.user.email).toBe("synthetic-demo@example.test");
    expect(workspace._count).toEqual({ claims: 30, inferences: 45 });

    for (const [args, message] of [
      [["--claims", "30"], /--edges is required/],
      [["--claims", "ten", "--edges", "3"], /expected a whole number/],
      [["--claims", "3", "--edges", "40"], /too many/],
      [["--claims", "3", "--edges", "2", "--colour", "red"], /unknown option --colour/],
    ] as const) {
      const bad = agon("seed-synthetic", ...args);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(message);
      expect(bad.stdout).toBe("");
    }
  }, 150_000);
});
