import { readStoredTags } from "../../../graph/tags";
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
  // Flat queries, one per table, joined here: nested includes made Prisma fetch and stitch relations
  // row by row, which took seconds on a 2,000-claim map (tests/bench/map-scale.bench.ts).
  const liveEdge = { workspaceId, deletedAt: null };
  const [workspace, sourceRows, claimBase, anchorRows, stanceRows, edgeBase, premiseRows, evidenceRows, groupRows] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { id: true, name: true, blindStances: true } }),
    db.source.findMany({
      where: { workspaceId, deletedAt: null },
      include: { _count: { select: { revisions: true } } },
      orderBy: [{ year: "asc" }, { createdAt: "asc" }],
    }),
    db.claim.findMany({
      where: { workspaceId, deletedAt: null },
      select: { id: true, text: true, type: true, tags: true, version: true, x: true, y: true, anchorId: true, equivalenceGroupId: true },
      orderBy: { createdAt: "asc" },
    }),
    // All of the workspace's anchors (evidence ones too, a few): a filter through the claim relation
    // costs more than the rows it saves.
    db.anchor.findMany({ where: { workspaceId }, include: ANCHOR_REVISION }),
    db.stance.findMany({ where: { claim: { workspaceId, deletedAt: null } }, select: { claimId: true, userId: true, value: true, claimText: true } }),
    db.inference.findMany({
      where: liveEdge,
      select: { id: true, kind: true, conclusionId: true, targetInferenceId: true, note: true, version: true, scheme: true, answersInferenceId: true, criticalQuestion: true },
      orderBy: { createdAt: "asc" },
    }),
    db.inferencePremise.findMany({ where: { inference: liveEdge }, select: { inferenceId: true, claimId: true }, orderBy: { position: "asc" } }),
    db.evidence.findMany({ where: { inference: liveEdge }, include: { anchor: { include: { ...ANCHOR_REVISION, source: { select: { title: true, author: true } } } } }, orderBy: { createdAt: "asc" } }),
    db.equivalenceGroup.findMany({ where: { workspaceId }, select: { id: true, version: true } }),
  ]);
  const anchorById = new Map(anchorRows.map((a) => [a.id, a]));
  const stancesOf = new Map<string, (typeof stanceRows)[number][]>();
  for (const s of stanceRows) stancesOf.set(s.claimId, [...(stancesOf.get(s.claimId) ?? []), s]);
  const claimRows = claimBase.map((c) => ({ ...c, anchor: c.anchorId ? anchorById.get(c.anchorId) ?? null : null, stances: stancesOf.get(c.id) ?? [] }));
  const premisesOf = new Map<string, { claimId: string }[]>();
  for (const p of premiseRows) {
    const list = premisesOf.get(p.inferenceId);
    if (list) list.push(p);
    else premisesOf.set(p.inferenceId, [p]);
  }
  const evidenceByEdge = new Map<string, (typeof evidenceRows)[number][]>();
  for (const ev of evidenceRows) evidenceByEdge.set(ev.inferenceId, [...(evidenceByEdge.get(ev.inferenceId) ?? []), ev]);
  const edgeRows = edgeBase.map((e) => ({ ...e, premises: premisesOf.get(e.id) ?? [], evidence: evidenceByEdge.get(e.id) ?? [] }));
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
    tags: readStoredTags(c.tags),
    version: c.version,
    source: c.anchor ? sourceById.get(c.anchor.sourceId) ?? null : null,
    anchor: c.anchor ? toAnchor(c.anchor, revisionCounts) : null,
    position: c.x !== null && c.y !== null ? { x: c.x, y: c.y } : null,
    stances: tallies.get(c.id)!,
    equivalenceGroupId: c.equivalenceGroupId,
  }));
  // A group whose other claims were deleted states nothing on the map: its last claim shows alone.
  const groupMembers = new Map<string, string[]>();
  for (const c of claims) if (c.equivalenceGroupId) groupMembers.set(c.equivalenceGroupId, [...(groupMembers.get(c.equivalenceGroupId) ?? []), c.id]);
  const equivalenceGroups = groupRows
    .filter((g) => (groupMembers.get(g.id)?.length ?? 0) >= 2)
    .map((g) => ({ id: g.id, version: g.version, claimIds: groupMembers.get(g.id)! }));
  const shownGroups = new Set(equivalenceGroups.map((g) => g.id));
  for (const c of claims) if (c.equivalenceGroupId && !shownGroups.has(c.equivalenceGroupId)) c.equivalenceGroupId = null;
  const live = new Set(claims.map((c) => c.id));
  const evidenceOf = (e: (typeof edgeRows)[number]) =>
    e.evidence.map((ev) => ({
      id: ev.id,
      note: ev.note,
      quote: ev.anchor ? { ...toAnchor(ev.anchor, revisionCounts), sourceTitle: ev.anchor.source.title, sourceAuthor: ev.anchor.source.author } : null,
    }));
  const answersOf = (e: (typeof edgeRows)[number]) =>
    e.answersInferenceId && e.criticalQuestion ? { edgeId: e.answersInferenceId, question: e.criticalQuestion } : null;
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
      scheme: e.scheme,
      answers: answersOf(e),
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
      answers: answersOf(e),
    }));
  // Each typed inference lists the critical questions that live objections have raised on it.
  for (const edge of edges) edge.raisedQuestions = [];
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  for (const objection of [...edges, ...undercuts]) {
    if (objection.answers) edgeById.get(objection.answers.edgeId)?.raisedQuestions!.push({ question: objection.answers.question, edgeId: objection.id });
  }
  return { workspace, role, sources, claims, edges, undercuts, equivalenceGroups };
}
