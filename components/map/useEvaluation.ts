"use client";

import { useMemo } from "react";
import { evaluateMapGraph, isGradualMapSemantics, type MapEvaluation } from "@/lib/argumentation/map-evaluation";
import { mapGraphOf, type EvaluationView } from "@/lib/graph/evaluation-view";
import type { WorkspaceMap } from "@/lib/graph/types";
import { groupBaseScores, memberBaseScores, ownStances, type BaseScores } from "@/lib/stances/perspective";
import { useMemberStanceMap, type StanceMember } from "./useMemberStances";

export type MemberOption = StanceMember;

export interface EvaluationState {
  evaluation: MapEvaluation | null;
  /** Where the base scores come from, in words, when they are not all 0.5. */
  baseNote: string | null;
  error: string | null;
}

function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text;
}

/**
 * The map evaluated in the browser from the payload the map already holds (lib/argumentation is pure),
 * so a change on the map, one's own or another member's over the live stream, re-evaluates at once.
 * Only another member's stances need the server, which applies blind mode. The members to choose a
 * perspective from come from the map, which fetches them once for this and the stance filter.
 */
export function useEvaluation(map: WorkspaceMap, view: EvaluationView, members: MemberOption[]): EvaluationState {
  const workspaceId = map.workspace.id;
  const gradual = view.semantics !== null && isGradualMapSemantics(view.semantics);
  const memberId = gradual && view.perspective.kind === "member" ? view.perspective.memberId : null;
  const chosenMember = memberId ? members.find((m) => m.id === memberId) : undefined;
  // Your own stances are already in the payload; only another member's need the server.
  const theirs = useMemberStanceMap(workspaceId, chosenMember && !chosenMember.isYou ? chosenMember.id : null, map);

  const base: { scores: BaseScores; note: string } | null = useMemo(() => {
    if (!gradual) return null;
    const claimIds = map.claims.map((c) => c.id);
    const hiddenNote = (scores: BaseScores, whose: string) =>
      scores.hidden > 0 ? `; ${scores.hidden} of ${whose} withheld until you mark your own (blind stances), counted as 0.5` : "";
    if (view.perspective.kind === "group") {
      const scores = groupBaseScores(map.claims);
      return { scores, note: `Base scores: the share of members who agree, on ${scores.judged} claim${scores.judged === 1 ? "" : "s"} with stances; others 0.5${hiddenNote(scores, "the group's tallies")}.` };
    }
    if (view.perspective.kind === "member") {
      if (!chosenMember) {
        if (members.length === 0) return null; // still loading
        const scores = memberBaseScores(claimIds, new Map());
        return { scores, note: "That member is not in this workspace any more; every base score is 0.5." };
      }
      const stances = chosenMember.isYou ? ownStances(map.claims) : theirs.stances;
      if (!stances) return null;
      const scores = memberBaseScores(claimIds, stances);
      const whose = chosenMember.isYou ? "your" : `${chosenMember.label}'s`;
      return { scores, note: `Base scores: ${whose} stances (agree 0.9, disagree 0.1, unsure or none 0.5), on ${scores.judged} claim${scores.judged === 1 ? "" : "s"}${hiddenNote(scores, "their stances")}.` };
    }
    return null;
  }, [gradual, view.perspective, map.claims, members.length, chosenMember, theirs.stances]);

  const waitingForStances = gradual && view.perspective.kind === "member" && base === null;
  const evaluation = useMemo(() => {
    if (!view.semantics || waitingForStances) return null;
    const textOf = new Map(map.claims.map((c) => [c.id, c.text]));
    try {
      return evaluateMapGraph(mapGraphOf(map, base?.scores.base), view.semantics, (id) => `“${shorten(textOf.get(id) ?? id)}”`);
    } catch (e) {
      return { semantics: view.semantics, claims: new Map(), skipped: [], notice: `The map could not be evaluated: ${(e as Error).message}` } satisfies MapEvaluation;
    }
  }, [map, view.semantics, base, waitingForStances]);

  return { evaluation, baseNote: base?.note ?? null, error: theirs.error };
}
