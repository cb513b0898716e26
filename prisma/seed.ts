/**
 * Seed the demo account and the demo workspace "Mao-era China: four texts" from ../shared/corpus.
 * Idempotent: an existing demo account and workspace are kept as they are. Every claim goes through
 * the same services as the app, so quotes are anchored exactly as a user's would be; a quote that is
 * missing or ambiguous in its text stops the seed with its key, and the half-built workspace is removed.
 */
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
process.env.DATABASE_URL ??= "file:./dev.db";

import { DEMO_CLAIMS, DEMO_EDGES, DEMO_EQUIVALENCES, DEMO_UNDERCUTS, DEMO_SOURCES, DEMO_WORKSPACE_NAME } from "./demo/demo-map";
import { AppError } from "../lib/errors";
import { db } from "../lib/server/db";
import { verifyPassword } from "../lib/server/password";
import { createClaim } from "../lib/server/services/claims/create-claim";
import { markEquivalent } from "../lib/server/services/equivalence/mark-equivalent";
import { addPremise } from "../lib/server/services/inferences/change-premises";
import { createEdge } from "../lib/server/services/inferences/create-edge";
import { updateEdge } from "../lib/server/services/inferences/update-edge";
import { importSource } from "../lib/server/services/sources/import-source";
import { signUp } from "../lib/server/services/users/sign-up";
import { createWorkspace } from "../lib/server/services/workspaces/create-workspace";

export const DEFAULT_DEMO_EMAIL = "demo@agon.local";
export const DEFAULT_DEMO_PASSWORD = "reading-group-1968";

export function corpusDir(): string {
  return process.env.AGON_CORPUS_DIR ?? path.resolve(process.cwd(), "../shared/corpus");
}

export async function ensureDemoUser(email: string, password: string) {
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    const same = await verifyPassword(existing.passwordHash, password);
    return { id: existing.id, note: same ? "existing account" : "existing account; its password was changed since, so the one above may not work" };
  }
  const user = await signUp({ email, password, name: "Demo reader" });
  return { id: user.id, note: "new account" };
}

export async function seedDemoWorkspace(ownerId: string, dir: string): Promise<{ workspaceId: string; claims: number; edges: number }> {
  const actor = { id: ownerId };
  const workspace = await createWorkspace(actor, {
    name: DEMO_WORKSPACE_NAME,
    description: "Four texts on Mao-era China — Engst, Meaney, a mass-line study text and Post — and a map of where they agree and disagree.",
  });
  try {
    const sourceIds = new Map<string, string>();
    for (const source of DEMO_SOURCES) {
      const bytes = fs.readFileSync(path.join(dir, source.file));
      const imported = await importSource(actor, workspace.id, source, { bytes: new Uint8Array(bytes), fileName: source.file });
      sourceIds.set(source.key, imported.id);
    }
    const claimIds = new Map<string, string>();
    for (const claim of DEMO_CLAIMS) {
      const sourceId = claim.source ? sourceIds.get(claim.source) : undefined;
      if (claim.source && !sourceId) throw new Error(`Demo claim ${claim.key} names an unknown source ${claim.source}.`);
      try {
        const created = await createClaim(actor, workspace.id, {
          text: claim.text,
          type: claim.type,
          anchor: sourceId && claim.quote ? { sourceId, exact: claim.quote } : null,
        });
        claimIds.set(claim.key, created.id);
      } catch (error) {
        throw new Error(`Demo claim "${claim.key}" could not be anchored: ${error instanceof AppError ? error.message : String(error)}`);
      }
    }
    let unstatedCount = 0;
    for (const edge of DEMO_EDGES) {
      const from = claimIds.get(edge.from);
      const to = claimIds.get(edge.to);
      if (!from || !to) throw new Error(`Demo edge ${edge.from} -> ${edge.to} names an unknown claim.`);
      try {
        const created = await createEdge(actor, workspace.id, {
          from,
          to,
          kind: edge.kind,
          note: edge.note ?? "",
          evidence: (edge.evidence ?? []).map((ev) => ({ sourceId: sourceIds.get(ev.source), exact: ev.quote, note: ev.note ?? "" })),
        });
        // Linked and unstated premises, then the scheme: each step moves the edge's version on.
        let version = created.version;
        for (const key of edge.with ?? []) {
          const claimId = claimIds.get(key);
          if (!claimId) throw new Error(`the linked premise ${key} is not a demo claim`);
          version = (await addPremise(actor, workspace.id, created.id, { version, claimId })).version;
        }
        for (const text of edge.unstated ?? []) {
          version = (await addPremise(actor, workspace.id, created.id, { version, unstated: text })).version;
          unstatedCount += 1;
        }
        if (edge.scheme) await updateEdge(actor, workspace.id, created.id, { version, scheme: edge.scheme });
      } catch (error) {
        throw new Error(`Demo edge ${edge.from} -> ${edge.to} failed: ${error instanceof AppError ? error.message : String(error)}`);
      }
    }
    for (const undercut of DEMO_UNDERCUTS) {
      const from = claimIds.get(undercut.from);
      const target = await db.inference.findFirst({
        where: {
          workspaceId: workspace.id,
          kind: undercut.target.kind,
          conclusionId: claimIds.get(undercut.target.to),
          premises: { some: { claimId: claimIds.get(undercut.target.from) } },
        },
        select: { id: true },
      });
      if (!from || !target) throw new Error(`Demo undercut by ${undercut.from} names an unknown claim or edge.`);
      await createEdge(actor, workspace.id, { kind: "undercut", from, targetEdge: target.id, note: undercut.note });
    }
    for (const equivalence of DEMO_EQUIVALENCES) {
      const ids = equivalence.claims.map((key) => claimIds.get(key));
      if (ids.some((id) => !id)) throw new Error(`Demo equivalence ${equivalence.claims.join(" = ")} names an unknown claim.`);
      await markEquivalent(actor, workspace.id, { claimIds: ids as string[] });
    }
    return { workspaceId: workspace.id, claims: claimIds.size + unstatedCount, edges: DEMO_EDGES.length + DEMO_UNDERCUTS.length };
  } catch (error) {
    await db.workspace.delete({ where: { id: workspace.id } });
    throw error;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const email = (process.env.DEMO_EMAIL ?? DEFAULT_DEMO_EMAIL).trim().toLowerCase();
  const password = process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  const user = await ensureDemoUser(email, password);
  const existing = await db.workspace.findFirst({
    where: { name: DEMO_WORKSPACE_NAME, members: { some: { userId: user.id, role: "owner" } } },
    select: { id: true },
  });
  const dir = corpusDir();
  if (existing) {
    console.log(`Demo workspace already exists (${existing.id}); kept as it is.`);
  } else if (!fs.existsSync(path.join(dir, "manifest.json"))) {
    const empty = await createWorkspace({ id: user.id }, { name: DEMO_WORKSPACE_NAME, description: "The corpus was not found when this workspace was created." });
    console.log(`No corpus at ${dir} (set AGON_CORPUS_DIR to point elsewhere): created an empty demo workspace (${empty.id}).`);
    console.log("Import texts from the Sources page, or re-create the workspace once the corpus is there.");
  } else {
    const result = await seedDemoWorkspace(user.id, dir);
    console.log(`Seeded the demo workspace (${result.workspaceId}): ${DEMO_SOURCES.length} texts, ${result.claims} claims, ${result.edges} edges in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  console.log("");
  console.log(`  Demo account: ${email}`);
  console.log(`  Password:     ${password}   (${user.note})`);
  console.log("");
}

if (require.main === module) {
  main()
    .catch((error) => {
      console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
