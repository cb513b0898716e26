/**
 * A debate brief as computed from the live map: plain JSON, so a snapshot can freeze it as it is.
 * `formatVersion` changes whenever a field changes meaning, so old snapshots stay readable.
 */
import type { Label } from "../argumentation/framework";
import type { GradualSemantics } from "../argumentation/gradual";

export const BRIEF_FORMAT_VERSION = 1;

export const BRIEF_SIDES = ["for", "against"] as const;
export type BriefSide = (typeof BRIEF_SIDES)[number];

export const BRIEF_SEMANTICS = ["dfquad", "qe", "euler"] as const satisfies readonly GradualSemantics[];
export type BriefSemantics = (typeof BRIEF_SEMANTICS)[number];

export const SEMANTICS_LABEL: Record<BriefSemantics, string> = { dfquad: "DF-QuAD", qe: "Quadratic energy", euler: "Euler-based" };

/** Where a quote comes from, cited author-date: "Post (2021), *Title*, ¶ 14". */
export interface BriefCitation {
  sourceId: string;
  author: string;
  year: number | null;
  title: string;
  /** "¶ 14", "note 3" or null when the paragraph is unknown. */
  location: string | null;
  /** The citation as Markdown, in the one style the whole brief uses. */
  text: string;
}

export interface BriefEvidence {
  quote: string | null;
  note: string;
  citation: BriefCitation | null;
}

/** One claim as the brief shows it. */
export interface BriefClaim {
  id: string;
  text: string;
  /** Strength under the brief's gradual semantics, in [0, 1]. */
  strength: number;
  grounded: Label;
  /** The claim's own anchored words, if it is anchored in a source. */
  quote: string | null;
  citation: BriefCitation | null;
  /** The anchor's start offset, so the reader can scroll to the passage. */
  anchorStart: number | null;
}

/** A claim that argues one side, and how it bears on the thesis. */
export interface BriefPoint extends BriefClaim {
  /** Inferences between this claim and the thesis on the shortest path (1 = directly). */
  distance: number;
  /**
   * The inference through which this claim acts (its first step towards the thesis), with that
   * inference's kind and its conclusion or target; evidence is that inference's evidence.
   */
  via: { edgeId: string; kind: "support" | "oppose" | "undercut"; targetText: string };
  /** Other premises the claim argues only together with (linked premises). */
  linkedWith: string[];
  evidence: BriefEvidence[];
  /** The claim also argues the other side along an equally short path (a cycle or a mixed chain). */
  contested: boolean;
}

export interface BriefRebuttal extends BriefClaim {
  /** "oppose": the claim opposes the objection; "undercut": it denies the objection's edge. */
  kind: "oppose" | "undercut";
  edgeId: string;
}

export interface BriefObjection {
  objection: BriefPoint;
  rebuttals: BriefRebuttal[];
}

export type BriefGap =
  | { kind: "unanswered"; claimId: string; text: string }
  | { kind: "thin-support"; claimId: string; text: string }
  | OpenQuestionGap;

/**
 * A critical question of a typed inference in the brief that no objection has raised yet (`text` is
 * the question). On the case's side it is a weakness to prepare for; on an objection's side, a
 * question to put to it.
 */
export interface OpenQuestionGap {
  kind: "open-question";
  side: "case" | "objection";
  /** The point that reaches the thesis through the inference. */
  claimId: string;
  edgeId: string;
  /** Stored question key, "<scheme>/<question>". */
  question: string;
  schemeName: string;
  text: string;
}

/** How each kind of gap is introduced, in the brief and its Markdown. */
export function gapLabel(gap: BriefGap): string {
  if (gap.kind === "unanswered") return "Unanswered objection:";
  if (gap.kind === "thin-support") return "Rests on one unsourced claim:";
  return gap.side === "case" ? `Open critical question on your case (${gap.schemeName}):` : `Critical question to put to an objection (${gap.schemeName}):`;
}

export interface BibliographyEntry {
  sourceId: string;
  author: string;
  year: number | null;
  title: string;
  /** Markdown: "Post (2021). *Title*." */
  text: string;
}

export interface BriefSummary {
  grounded: Label;
  strength: number;
  /** "grounded: out · DF-QuAD 0.31" */
  line: string;
  /** False when the semantics did not settle on a cyclic map; strengths are then the last iterate. */
  converged: boolean;
}

export interface ComputedBrief {
  formatVersion: typeof BRIEF_FORMAT_VERSION;
  thesis: BriefClaim;
  side: BriefSide;
  semantics: BriefSemantics;
  summary: BriefSummary;
  case: BriefPoint[];
  objections: BriefObjection[];
  gaps: BriefGap[];
  bibliography: BibliographyEntry[];
}
