/**
 * Disagreements between authors: which claims by one author are set against claims by another, and
 * how often each author argues for or against each other author. Pure: the service loads live rows,
 * this module decides what counts.
 *
 * Rules, in order:
 *
 * 1. **Authorship.** A claim's author is the author of the source it is anchored in. A member's own
 *    claim (no source) has no author and never forms a pair by itself.
 * 2. **Propositions.** Claims in one equivalence group state one proposition, so an edge touching
 *    one of them touches every one of them: if Post opposes Meaney's claim M, and Engst's claim E is
 *    in M's group, then Post opposes Engst too (the pair Post's claim vs E, "through" M).
 *    This also lets a member's own claim carry an edge between authors once it is grouped with an
 *    authored claim.
 * 3. **Direct opposition.** An `oppose` inference with premises P1…Pn and conclusion C gives one pair
 *    per premise: Pi (opposing) vs C (opposed). Linked premises each form their own pair; the others
 *    are listed with it, because they oppose only together.
 * 4. **Undercut.** An `undercut` inference U attacks the step of a target inference T, not T's
 *    conclusion: it says T's premises do not carry T's conclusion. So the author U disagrees with is
 *    the author of T's premises, whose reasoning is denied: one pair per premise of U × premise of T.
 *    (T's conclusion is not attacked; its author may well agree with the undercutter.)
 * 5. **Different authors only.** A pair whose two claims have the same author is an author's own
 *    concession or tension, not a disagreement between authors; it is left out.
 *
 * The matrix counts inferences, not pairs, from the author of the premise (row) to the author of the
 * conclusion (column), for oppositions (oppose and undercut, with the undercut's column as in rule 4)
 * and for supports. An inference whose premises and conclusion involve several authors, through linked
 * premises or equivalence, counts once in each cell it connects.
 *
 * An inference is used only when every claim and inference it refers to was given: the caller passes
 * live rows, and an edge to a deleted claim or an undercut of a deleted edge drops out here.
 */

import type { ParagraphLocation } from "../reader/paragraph-number";

export type InferenceKind = "support" | "oppose" | "undercut";

export interface AuthoredClaim {
  id: string;
  /** The author of the claim's source, or null for a member's own claim. */
  author: string | null;
  /** The source's year: authors are listed chronologically by their earliest source. */
  year: number | null;
  equivalenceGroupId: string | null;
}

export interface InferenceLink {
  id: string;
  kind: InferenceKind;
  /** Premise claim ids, in order. */
  premises: readonly string[];
  /** The conclusion claim, for support and oppose. */
  conclusionId: string | null;
  /** The inference an undercut attacks. */
  targetInferenceId: string | null;
}

export interface DisagreementPair<C extends AuthoredClaim, I extends InferenceLink> {
  /** Stable for the same inference and claims: `inferenceId:opposingId:opposedId`. */
  id: string;
  kind: "oppose" | "undercut";
  /** The claim that argues against the other. */
  opposing: C;
  /** The claim argued against (for an undercut: a premise of the attacked inference). */
  opposed: C;
  opposingAuthor: string;
  opposedAuthor: string;
  /** The oppose or undercut inference behind the pair. */
  inference: I;
  /**
   * The claims actually on the edge. They differ from `opposing`/`opposed` when the pair comes
   * through an equivalence group (rule 2).
   */
  opposingOnEdge: C;
  opposedOnEdge: C;
  /** The other premises of a linked argument: they oppose only together with `opposingOnEdge`. */
  linkedPremises: C[];
  /** For an undercut: the inference it attacks and that inference's conclusion (null if it is itself an undercut). */
  undercuts: { inference: I; conclusion: C | null } | null;
}

export interface AuthorPairGroup<C extends AuthoredClaim, I extends InferenceLink> {
  /** The author who opposes more in this group comes first (ties: the order of `matrix.authors`). */
  authors: [string, string];
  /** Pairs where authors[0] opposes authors[1], then the reverse. */
  pairs: DisagreementPair<C, I>[];
  /** How many pairs go each way: [authors[0] against authors[1], authors[1] against authors[0]]. */
  counts: [number, number];
}

export interface AuthorMatrix {
  /** Every author with at least one claim, by earliest source year (undated last), then name. */
  authors: string[];
  /** oppose[row][column]: oppose and undercut inferences from the row's author against the column's. */
  oppose: number[][];
  /** support[row][column]: support inferences from the row's author for the column's. */
  support: number[][];
}

export interface Disagreements<C extends AuthoredClaim, I extends InferenceLink> {
  pairs: DisagreementPair<C, I>[];
  groups: AuthorPairGroup<C, I>[];
  matrix: AuthorMatrix;
  /**
   * Opposing inferences that gave no pair, and why: one side has no author (a member's own claim),
   * or every claim on both sides is by the same author.
   */
  skipped: { unattributed: number; sameAuthor: number };
}

/** A claim of the edge, and a claim that stands for it: itself, or a claim equivalent to it. */
interface Holder<C> {
  onEdge: C;
  claim: C;
}

/**
 * Every pair of claims by different authors joined by an opposing edge, grouped by author pair, and
 * the authors × authors matrix of oppositions and supports. See the module comment for the rules.
 */
export function findDisagreements<C extends AuthoredClaim, I extends InferenceLink>(
  claims: readonly C[],
  inferences: readonly I[],
): Disagreements<C, I> {
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const inferenceById = new Map(inferences.map((i) => [i.id, i]));
  const groupMembers = new Map<string, C[]>();
  for (const claim of claims) {
    if (claim.equivalenceGroupId === null) continue;
    const members = groupMembers.get(claim.equivalenceGroupId) ?? [];
    members.push(claim);
    groupMembers.set(claim.equivalenceGroupId, members);
  }

  /** The claim first, then the other claims stating the same proposition. */
  const holdersOf = (onEdge: C): Holder<C>[] => {
    const others = onEdge.equivalenceGroupId === null ? [] : (groupMembers.get(onEdge.equivalenceGroupId) ?? []).filter((c) => c.id !== onEdge.id);
    return [onEdge, ...others].map((claim) => ({ onEdge, claim }));
  };

  const usable = usableInferences(claimById, inferenceById);
  const authors = orderAuthors(claims);
  const authorIndex = new Map(authors.map((a, i) => [a, i]));
  const oppose = authors.map(() => authors.map(() => 0));
  const support = authors.map(() => authors.map(() => 0));

  const pairs: DisagreementPair<C, I>[] = [];
  const skipped = { unattributed: 0, sameAuthor: 0 };

  for (const inference of inferences) {
    if (!usable.has(inference.id)) continue;
    const premises = inference.premises.map((id) => claimById.get(id)!);
    const target = inference.kind === "undercut" ? inferenceById.get(inference.targetInferenceId!)! : null;
    // The side argued against: the conclusion, or for an undercut the premises of the attacked step.
    const against = target ? target.premises.map((id) => claimById.get(id)!) : [claimById.get(inference.conclusionId!)!];

    const found = new Map<string, DisagreementPair<C, I>>();
    const cells = new Set<string>();
    let unattributed = false;
    for (const premise of premises) {
      for (const from of holdersOf(premise)) {
        for (const otherEnd of against) {
          for (const to of holdersOf(otherEnd)) {
            if (from.claim.author === null || to.claim.author === null) {
              unattributed = true;
              continue;
            }
            if (from.claim.author === to.claim.author) continue;
            cells.add(`${authorIndex.get(from.claim.author)}:${authorIndex.get(to.claim.author)}`);
            if (inference.kind === "support") continue;
            const id = `${inference.id}:${from.claim.id}:${to.claim.id}`;
            const pair: DisagreementPair<C, I> = {
              id,
              kind: inference.kind,
              opposing: from.claim,
              opposed: to.claim,
              opposingAuthor: from.claim.author,
              opposedAuthor: to.claim.author,
              inference,
              opposingOnEdge: from.onEdge,
              opposedOnEdge: to.onEdge,
              linkedPremises: premises.filter((p) => p.id !== from.onEdge.id),
              undercuts: target ? { inference: target, conclusion: target.conclusionId ? claimById.get(target.conclusionId) ?? null : null } : null,
            };
            // The same two claims can be reached twice when linked premises share an equivalence
            // group; keep the reading with the fewest equivalence steps.
            const earlier = found.get(id);
            if (!earlier || equivalenceSteps(pair) < equivalenceSteps(earlier)) found.set(id, pair);
          }
        }
      }
    }

    const matrix = inference.kind === "support" ? support : oppose;
    for (const cell of cells) {
      const [row, column] = cell.split(":").map(Number) as [number, number];
      matrix[row]![column]! += 1;
    }
    if (inference.kind !== "support") {
      pairs.push(...found.values());
      if (found.size === 0) skipped[unattributed ? "unattributed" : "sameAuthor"] += 1;
    }
  }

  return { pairs, groups: groupByAuthors(pairs, authorIndex), matrix: { authors, oppose, support }, skipped };
}

function equivalenceSteps(pair: DisagreementPair<AuthoredClaim, InferenceLink>): number {
  return (pair.opposing.id === pair.opposingOnEdge.id ? 0 : 1) + (pair.opposed.id === pair.opposedOnEdge.id ? 0 : 1);
}

/**
 * Ids of inferences whose claims were all given and, for an undercut, whose target is usable too
 * (transitively; a cycle of undercuts, which the app cannot create, is not usable).
 */
function usableInferences<I extends InferenceLink>(claimById: ReadonlyMap<string, AuthoredClaim>, inferenceById: ReadonlyMap<string, I>): Set<string> {
  const verdict = new Map<string, boolean>();
  const check = (id: string, visiting: Set<string>): boolean => {
    const known = verdict.get(id);
    if (known !== undefined) return known;
    const inference = inferenceById.get(id);
    if (!inference || visiting.has(id)) return false;
    visiting.add(id);
    const premisesLive = inference.premises.length > 0 && inference.premises.every((p) => claimById.has(p));
    const endLive =
      inference.kind === "undercut"
        ? inference.targetInferenceId !== null && check(inference.targetInferenceId, visiting)
        : inference.conclusionId !== null && claimById.has(inference.conclusionId);
    visiting.delete(id);
    verdict.set(id, premisesLive && endLive);
    return premisesLive && endLive;
  };
  return new Set([...inferenceById.keys()].filter((id) => check(id, new Set())));
}

/** Authors by their earliest source year (undated last), then by name. */
function orderAuthors(claims: readonly AuthoredClaim[]): string[] {
  const earliest = new Map<string, number>();
  for (const claim of claims) {
    if (claim.author === null) continue;
    const year = claim.year ?? Number.POSITIVE_INFINITY;
    earliest.set(claim.author, Math.min(earliest.get(claim.author) ?? Number.POSITIVE_INFINITY, year));
  }
  return [...earliest.keys()].sort((a, b) => earliest.get(a)! - earliest.get(b)! || a.localeCompare(b));
}

function groupByAuthors<C extends AuthoredClaim, I extends InferenceLink>(
  pairs: readonly DisagreementPair<C, I>[],
  authorIndex: ReadonlyMap<string, number>,
): AuthorPairGroup<C, I>[] {
  const byKey = new Map<string, DisagreementPair<C, I>[]>();
  for (const pair of pairs) {
    const key = [pair.opposingAuthor, pair.opposedAuthor].sort().join("\u0000");
    byKey.set(key, [...(byKey.get(key) ?? []), pair]);
  }
  const rank = (author: string) => authorIndex.get(author) ?? Number.MAX_SAFE_INTEGER;
  const groups = [...byKey.values()].map((members): AuthorPairGroup<C, I> => {
    const one = members[0]!.opposingAuthor;
    const other = members[0]!.opposedAuthor;
    const fromOne = members.filter((p) => p.opposingAuthor === one);
    const fromOther = members.filter((p) => p.opposingAuthor === other);
    const oneFirst = fromOne.length > fromOther.length || (fromOne.length === fromOther.length && rank(one) < rank(other));
    return oneFirst
      ? { authors: [one, other], pairs: [...fromOne, ...fromOther], counts: [fromOne.length, fromOther.length] }
      : { authors: [other, one], pairs: [...fromOther, ...fromOne], counts: [fromOther.length, fromOne.length] };
  });
  return groups.sort(
    (a, b) =>
      b.pairs.length - a.pairs.length ||
      Math.min(rank(a.authors[0]), rank(a.authors[1])) - Math.min(rank(b.authors[0]), rank(b.authors[1])) ||
      Math.max(rank(a.authors[0]), rank(a.authors[1])) - Math.max(rank(b.authors[0]), rank(b.authors[1])),
  );
}

/* ---------- What the service fills in and the disagreements page shows ---------- */

/** Where a quote comes from: enough to cite it and to open it in the reader. */
export interface QuoteCitation {
  sourceId: string;
  author: string;
  year: number | null;
  title: string;
  colorIndex: number;
  /** The quote's paragraph in the revision it was anchored in; null when it cannot be placed. */
  location: ParagraphLocation | null;
}

/** A member's comment on a claim or an edge. */
export interface MemberComment {
  id: string;
  body: string;
  /** The member's name, or the part of their email before the @. */
  by: string;
  createdAt: string;
}

export interface DisagreementClaim extends AuthoredClaim {
  text: string;
  type: string;
  /** The anchored words of the source, or null for a member's own claim. */
  quote: string | null;
  citation: QuoteCitation | null;
  comments: MemberComment[];
}

export interface DisagreementEvidence {
  id: string;
  note: string;
  quote: string | null;
  citation: QuoteCitation | null;
}

export interface DisagreementInference extends InferenceLink {
  /** The member's note on the edge ("why"). */
  note: string;
  evidence: DisagreementEvidence[];
  comments: MemberComment[];
}

export type WorkspaceDisagreements = Disagreements<DisagreementClaim, DisagreementInference>;
