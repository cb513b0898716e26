import { readStoredTags } from "../../../graph/tags";
import type { MapAnchor, MapClaim, MapEdge, MapEvidence, MapSource, MapUndercut, WorkspaceMap } from "../../../graph/types";
import { tallyStances } from "../../../stances/tally";
import type { ClaimType } from "../../../validation/claim";
import type { StanceValue } from "../../../validation/stance";
import type { EdgeKind } from "../../../validation/edge";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

/** The anchor columns the map shows; the rest (scores, review state, timestamps) only cost reading. */
const ANCHOR_FIELDS = { id: true, sourceId: true, revisionId: true, exact: true, prefix: true, suffix: true, start: true, end: true, status: true, madeOnRevision: true } as const;

type AnchorRow = { sourceId: string; revisionId: string; exact: string; prefix: string; suffix: string; start: number; end: number; status: string; madeOnRevision: number };

/** Revision numbers by revision id, and how many revisions each source has. */
type Revisions = { numberOf: ReadonlyMap<string, number>; countOf: ReadonlyMap<string, number> };

function toAnchor(a: AnchorRow, revisions: Revisions): MapAnchor {
  const revisionNumber = revisions.numberOf.get(a.revisionId) ?? 1;
  return {
    sourceId: a.sourceId,
    revisionId: a.revisionId,
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    start: a.start,
    end: a.end,
    status: a.status,
    revisionNumber,
    madeOnRevision: a.madeOnRevision,
    revisionCount: revisions.countOf.get(a.sourceId) ?? revisionNumber,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** The live claims and edges of a workspace, with sources, anchors and evidence: what the map draws. */
export async function getMap(actor: Actor, workspaceId: string): Promise<WorkspaceMap> {
  const role = await requireMember(db, actor, workspaceId, "workspace:read");
  // Flat queries, one per table and only the columns shown, joined here: nested includes made Prisma
  // fetch and stitch relations row by row, which took seconds on a 2,000-claim map. They run in turn,
  // not with Promise.all: SQLite answers one at a time anyway, and interleaving the result sets through
  // Prisma cost a third more (tests/bench/map-scale.bench.ts).
  const liveEdge = { workspaceId, deletedAt: null };
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { id: true, name: true, blindStances: true } });
  const sourceRows = await db.source.findMany({
    where: { workspaceId, deletedAt: null },
    select: { id: true, author: true, title: true, year: true, colorIndex: true, _count: { select: { revisions: true } } },
    orderBy: [{ year: "asc" }, { createdAt: "asc" }],
  });
  const revisionRows = await db.sourceRevision.findMany({ where: { source: { workspaceId } }, select: { id: true, number: true } });
  const revisions: Revisions = { numberOf: new Map(revisionRows.map((r) => [r.id, r.number])), countOf: new Map(sourceRows.map((s) => [s.id, s._count.revisions])) };
  const claimRows = await db.claim.findMany({
    where: { workspaceId, deletedAt: null },
    select: { id: true, text: true, type: true, tags: true, version: true, x: true, y: true, anchorId: true, equivalenceGroupId: true },
    orderBy: { createdAt: "asc" },
  });
  // All of the workspace's anchors (evidence ones too, a few): a filter through the claim relation
  // costs more than the rows it saves.
  const anchorById = new Map((await db.anchor.findMany({ where: { workspaceId }, select: ANCHOR_FIELDS })).map((a) => [a.id, a]));
  const stanceRows = await db.stance.findMany({ where: { claim: { workspaceId, deletedAt: null } }, select: { claimId: true, userId: true, value: true, claimText: true } });
  const edgeRows = await db.inference.findMany({
    where: liveEdge,
    select: { id: true, kind: true, conclusionId: true, targetInferenceId: true, note: true, version: true, scheme: true, answersInferenceId: true, criticalQuestion: true },
    orderBy: { createdAt: "asc" },
  });
  const premisesOf = groupBy(
    await db.inferencePremise.findMany({ where: { inference: liveEdge }, select: { inferenceId: true, claimId: true }, orderBy: { position: "asc" } }),
    (p) => p.inferenceId,
  );
  const evidenceByEdge = groupBy(
    await db.evidence.findMany({
      where: { inference: liveEdge },
      select: { id: true, note: true, inferenceId: true, anchor: { select: { ...ANCHOR_FIELDS, source: { select: { title: true, author: true } } } } },
      orderBy: { createdAt: "asc" },
    }),
    (ev) => ev.inferenceId,
  );
  const groupRows = await db.equivalenceGroup.findMany({ where: { workspaceId }, select: { id: true, version: true } });
  const sources: MapSource[] = sourceRows.map((s) => ({ id: s.id, author: s.author, title: s.title, year: s.year, colorIndex: s.colorIndex }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const tallies = tallyStances(
    claimRows,
    stanceRows.map((s) => ({ claimId: s.claimId, userId: s.userId, value: s.value as StanceValue, claimText: s.claimText })),
    { viewerId: actor.id, viewerIsOwner: role === "owner", blind: workspace.blindStances },
  );
  const claims: MapClaim[] = claimRows.map((c) => {
    const anchor = c.anchorId ? anchorById.get(c.anchorId) : undefined;
    return {
      id: c.id,
      text: c.text,
      type: c.type as ClaimType,
      tags: readStoredTags(c.tags),
      version: c.version,
      source: anchor ? sourceById.get(anchor.sourceId) ?? null : null,
      anchor: anchor ? toAnchor(anchor, revisions) : null,
      position: c.x !== null && c.y !== null ? { x: c.x, y: c.y } : null,
      stances: tallies.get(c.id)!,
      equivalenceGroupId: c.equivalenceGroupId,
    };
  });
  // A group whose other claims were deleted states nothing on the map: its last claim shows alone.
  const groupMembers = groupBy(
    claims.filter((c) => c.equivalenceGroupId),
    (c) => c.equivalenceGroupId!,
  );
  const equivalenceGroups = groupRows
    .filter((g) => (groupMembers.get(g.id)?.length ?? 0) >= 2)
    .map((g) => ({ id: g.id, version: g.version, claimIds: groupMembers.get(g.id)!.map((c) => c.id) }));
  const shownGroups = new Set(equivalenceGroups.map((g) => g.id));
  for (const c of claims) if (c.equivalenceGroupId && !shownGroups.has(c.equivalenceGroupId)) c.equivalenceGroupId = null;
  const live = new Set(claims.map((c) => c.id));
  const evidenceOf = (edgeId: string): MapEvidence[] =>
    evidenceByEdge.get(edgeId)?.map((ev) => ({
      id: ev.id,
      note: ev.note,
      quote: ev.anchor ? { ...toAnchor(ev.anchor, revisions), sourceTitle: ev.anchor.source.title, sourceAuthor: ev.anchor.source.author } : null,
    })) ?? [];
  const answersOf = (e: (typeof edgeRows)[number]) =>
    e.answersInferenceId && e.criticalQuestion ? { edgeId: e.answersInferenceId, question: e.criticalQuestion } : null;
  /** The premises' claim ids, or null when the inference has none or one of them is deleted. */
  const livePremises = (edgeId: string): string[] | null => {
    const premises = premisesOf.get(edgeId);
    if (!premises) return null;
    const ids = premises.map((p) => p.claimId);
    return ids.every((id) => live.has(id)) ? ids : null;
  };
  const edges: MapEdge[] = [];
  for (const e of edgeRows) {
    if (e.conclusionId === null || !live.has(e.conclusionId)) continue;
    const premises = livePremises(e.id);
    if (!premises) continue;
    edges.push({ id: e.id, from: premises[0]!, to: e.conclusionId, premises, kind: e.kind as EdgeKind, note: e.note, version: e.version, evidence: evidenceOf(e.id), scheme: e.scheme, answers: answersOf(e) });
  }
  const liveEdges = new Set(edges.map((e) => e.id));
  const undercuts: MapUndercut[] = [];
  for (const e of edgeRows) {
    if (e.kind !== "undercut" || e.targetInferenceId === null || !liveEdges.has(e.targetInferenceId)) continue;
    const premises = livePremises(e.id);
    if (!premises) continue;
    undercuts.push({ id: e.id, from: premises[0]!, premises, targetEdgeId: e.targetInferenceId, note: e.note, version: e.version, evidence: evidenceOf(e.id), answers: answersOf(e) });
  }
  // Each typed inference lists the critical questions that live objections have raised on it.
  for (const edge of edges) edge.raisedQuestions = [];
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  for (const objection of [...edges, ...undercuts]) {
    if (objection.answers) edgeById.get(objection.answers.edgeId)?.raisedQuestions!.push({ question: objection.answers.question, edgeId: objection.id });
  }
  return { workspace, role, sources, claims, edges, undercuts, equivalenceGroups };
}
