/**
 * The evaluation overlay's choices (semantics and perspective) as URL parameters, beside the view
 * filter's (view-filter.ts), and the map payload turned into the graph the semantics read.
 */
import { isMapSemantics, type MapSemantics } from "../argumentation/map-evaluation";
import type { MapGraph } from "../argumentation/map-framework";
import { parsePerspective, perspectiveParam, type Perspective } from "../stances/perspective";
import type { WorkspaceMap } from "./types";

export interface EvaluationView {
  /** null: no overlay. */
  semantics: MapSemantics | null;
  /** Whose base scores the gradual semantics use. */
  perspective: Perspective;
}

export const NO_EVALUATION: EvaluationView = { semantics: null, perspective: { kind: "neutral" } };

export function parseEvaluationView(params: URLSearchParams): EvaluationView {
  const semantics = params.get("eval");
  return { semantics: isMapSemantics(semantics) ? semantics : null, perspective: parsePerspective(params.get("perspective")) };
}

/** Search parameters for the overlay, leaving out what is at its default. */
export function evaluationViewParams(view: EvaluationView): URLSearchParams {
  const params = new URLSearchParams();
  if (!view.semantics) return params;
  params.set("eval", view.semantics);
  if (view.perspective.kind !== "neutral") params.set("perspective", perspectiveParam(view.perspective));
  return params;
}

/**
 * The map as claims and inferences: each edge an inference from its premises (linked when several)
 * to its conclusion, each undercut an inference aimed at the edge it objects to.
 */
export function mapGraphOf(map: Pick<WorkspaceMap, "claims" | "edges" | "undercuts">, base?: ReadonlyMap<string, number>): MapGraph {
  return {
    claims: map.claims.map((c) => ({ id: c.id, base: base?.get(c.id) })),
    inferences: [
      ...map.edges.map((e) => ({ id: e.id, kind: e.kind, premises: e.premises.length ? e.premises : [e.from], conclusion: e.to })),
      ...map.undercuts.map((u) => ({ id: u.id, kind: "undercut" as const, premises: u.premises.length ? u.premises : [u.from], target: u.targetEdgeId })),
    ],
  };
}
