import type { MapAnchor, MapClaim, MapEdge, MapSource, MapUndercut, WorkspaceMap } from "../../../graph/types";
import { tallyStances } from "../../../stances/tally";
import type { ClaimType } from "../../../validation/claim";
import type { StanceValue } from "../../../validation/stance";
import type { EdgeKind } from "../../../validation/edge";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

type AnchorRow = {
  sourceId: string;
  revisionId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status: string;
  madeOnRevision: number;
  revision: { number: number };
};

function toAnchor(a: AnchorRow, revisionCounts: ReadonlyMap<string, number>): MapAnchor {
  return {
    sourceId: a.sourceId,
    revisionId: a.revisionId,
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    start: a.start,
    end: a.end,
    status: a.status,
    revisionNumber: a.revision.number,
    madeOnRevision: a.madeOnRevision,
    revisionCount: revisionCounts.get(a.sourceId) ?? a.revision.number,
  };
}

const ANCHOR_REVISION = { revision: { select: { number: true } } } as const;

/** The live claims and edges of a workspace, with sources, anchors and evidence: what the map draws. */
export async function getMap(actor: Actor, workspaceId: string): Promise<WorkspaceMap> {
  const role = await requireMember(db, actor, workspaceId, "workspace:read");
  const [workspace, sourceRows, claimRows, edgeRows] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { id: true, name: true, blindStances: true } }),
    db.source.findMany({
      where: { workspaceId, deletedAt: null },
      include: { _count: { select: { revisions: true } } },
      orderBy: [{ year: "asc" }, { createdAt: "asc" }],
    }),
    db.claim.findMany({
      where: { workspaceId, deletedAt: null },
      include: { anchor: { include: ANCHOR_REVISION }, stances: { select: { userId: true, value: true, claimText: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.inference.findMany({
      where: { workspaceId, deletedAt: null },
      include: {
        premises: { orderBy: { position: "asc" }, select: { claimId: true } },
        evidence: { include: { anchor: { include: { ...ANCHOR_REVISION, source: { select: { title: true, author: true } } } } }, orderBy: { createdAt: "asc" } },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const sources: MapSource[] = sourceRows.map((s) => ({ id: s.id, author: s.author, title: s.title, year: s.year, colorIndex: s.colorIndex }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const revisionCounts = new Map(sourceRows.map((s) => [s.id, s._count.revisions]));
  const tallies = tallyStances(
    claimRows,
    claimRows.flatMap((c) => c.stances.map((s) => ({ claimId: c.id, userId: s.userId, value: s.value as StanceValue, claimText: s.claimText }))),
    { viewerId: actor.id, viewerIsOwner: role === "owner", blind: workspace.blindStances },
  );
  const claims: MapClaim[] = claimRows.map((c) => ({
    id: c.id,
    text: c.text,
    type: c.type as ClaimType,
    version: c.version,
    source: c.anchor ? sourceById.get(c.anchor.sourceId) ?? null : null,
    anchor: c.anchor ? toAnchor(c.anchor, revisionCounts) : null,
    position: c.x !== null && c.y !== null ? { x: c.x, y: c.y } : null,
    stances: tallies.get(c.id)!,
  }));
  const live = new Set(claims.map((c) => c.id));
  const evidenceOf = (e: (typeof edgeRows)[number]) =>
    e.evidence.map((ev) => ({
      id: ev.id,
      note: ev.note,
      quote: ev.anchor ? { ...toAnchor(ev.anchor, revisionCounts), sourceTitle: ev.anchor.source.title, sourceAuthor: ev.anchor.source.author } : null,
    }));
  const premisesLive = (e: (typeof edgeRows)[number]) => e.premises.length > 0 && e.premises.every((p) => live.has(p.claimId));
  const edges: MapEdge[] = edgeRows
    .filter((e) => e.conclusionId !== null && live.has(e.conclusionId) && premisesLive(e))
    .map((e) => ({
      id: e.id,
      from: e.premises[0]!.claimId,
      to: e.conclusionId!,
      premises: e.premises.map((p) => p.claimId),
      kind: e.kind as EdgeKind,
      note: e.note,
      version: e.version,
      evidence: evidenceOf(e),
    }));
  const liveEdges = new Set(edges.map((e) => e.id));
  const undercuts: MapUndercut[] = edgeRows
    .filter((e) => e.kind === "undercut" && e.targetInferenceId !== null && liveEdges.has(e.targetInferenceId) && premisesLive(e))
    .map((e) => ({
      id: e.id,
      from: e.premises[0]!.claimId,
      premises: e.premises.map((p) => p.claimId),
      targetEdgeId: e.targetInferenceId!,
      note: e.note,
      version: e.version,
      evidence: evidenceOf(e),
    }));
  return { workspace, role, sources, claims, edges, undercuts };
}
