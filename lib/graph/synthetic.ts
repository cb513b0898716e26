/**
 * A synthetic argument map for benchmarks and load tests: sources whose text contains the claims
 * anchored in them, and a degree distribution like a real seminar's map (a few theses with many
 * reasons, mostly trees, some cross-links, about 15% opposing, a few undercuts and linked premises).
 * Pure and deterministic for a given seed; storing it is the service's job.
 */
import type { ClaimType } from "../validation/claim";
import { edgeSignature, edgeViolation } from "./edge-rules";

export interface SyntheticSpec {
  claims: number;
  edges: number;
  sources: number;
  seed: number;
}

export interface SyntheticSource {
  author: string;
  title: string;
  year: number;
  /** Paragraphs separated by blank lines; every anchored claim's text occurs in it exactly once. */
  text: string;
}

export interface SyntheticClaim {
  text: string;
  type: ClaimType;
  /** Index into `sources` and the claim's offsets in that source's text; null for a member's own claim. */
  anchor: { source: number; start: number; end: number } | null;
}

/** Claims are referred to by index. A support/oppose edge has `to`; an undercut has `targetEdge`. */
export type SyntheticEdge =
  | { kind: "support" | "oppose"; premises: number[]; to: number }
  | { kind: "undercut"; premises: number[]; targetEdge: number };

export interface SyntheticMap {
  sources: SyntheticSource[];
  claims: SyntheticClaim[];
  edges: SyntheticEdge[];
}

export const SYNTHETIC_LIMITS = { maxClaims: 20_000, maxEdgesPerClaim: 10, maxSources: 50 } as const;

/** Why a spec cannot be built, or null. The CLI shows the reason as is. */
export function syntheticSpecProblem(spec: SyntheticSpec): string | null {
  const { claims, edges, sources, seed } = spec;
  if (!Number.isInteger(claims) || claims < 1 || claims > SYNTHETIC_LIMITS.maxClaims) return `--claims must be a whole number from 1 to ${SYNTHETIC_LIMITS.maxClaims}.`;
  if (!Number.isInteger(edges) || edges < 0) return "--edges must be a whole number, 0 or more.";
  // Single-premise edges run from a later claim to an earlier one (no cycles), one per pair.
  const possible = Math.min((claims * (claims - 1)) / 2, claims * SYNTHETIC_LIMITS.maxEdgesPerClaim);
  if (edges > possible) return `--edges ${edges} is too many for ${claims} claims (at most ${possible}).`;
  if (!Number.isInteger(sources) || sources < 0 || sources > SYNTHETIC_LIMITS.maxSources) return `--sources must be a whole number from 0 to ${SYNTHETIC_LIMITS.maxSources}.`;
  if (sources > claims) return `--sources ${sources} is more than --claims ${claims}: every source needs a claim.`;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return "--seed must be a whole number from 0 to 4294967295.";
  return null;
}

/** mulberry32: tiny, fast and good enough to shape test data; the same seed gives the same map. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof randomSource>;

const WORDS = (
  "the state class power mass line party cadre peasant worker village county campaign revolution " +
  "theory practice contradiction leadership criticism history struggle reform policy people army " +
  "market land rent tax grain famine record archive memory witness report meeting school teacher " +
  "student factory commune brigade team household labour wage price plan target quota output " +
  "because therefore although however whereas since unless while thus hence indeed perhaps " +
  "shows suggests denies assumes implies explains ignores confirms weakens supports requires " +
  "early late local central official private public formal informal strong weak clear vague " +
  "many few most some every no other same different whole partial direct indirect real apparent " +
  "was were is are had has did could would should might must will can"
).split(" ");
const AUTHORS = ["Engst", "Meaney", "Post", "Schram", "Walder", "Dikötter", "Thaxton", "Friedman", "Selden", "Perry", "Esherick", "Yang"];
const TOPICS = ["the mass line", "village politics", "the Great Leap", "rural cadres", "class labels", "the commune", "grain procurement", "memory and the archive"];

/** Claim lengths of 8 to 60 words, most between 12 and 30, like sentences quoted from a text. */
function sentence(random: Random, minWords: number, maxWords: number): string {
  const span = maxWords - minWords;
  // The product of two uniforms leans short, with a long tail of long sentences.
  const count = minWords + Math.floor(span * random.next() * (0.35 + 0.65 * random.next()));
  const words = Array.from({ length: count }, () => random.pick(WORDS));
  // A number makes every sentence unique, so a quote occurs exactly once in its source.
  words.splice(1 + random.int(count - 1), 0, String(random.int(1_000_000)));
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function generateSyntheticMap(spec: SyntheticSpec): SyntheticMap {
  const problem = syntheticSpecProblem(spec);
  if (problem) throw new RangeError(problem);
  const random = randomSource(spec.seed);
  const n = spec.claims;

  // Theses: a few, growing slowly with the map.
  const thesisCount = Math.max(1, Math.round(Math.sqrt(n) / 3));
  const types: ClaimType[] = Array.from({ length: n }, (_, i) => (i < thesisCount ? "thesis" : "premise"));
  const texts = Array.from({ length: n }, () => sentence(random, 8, 60));

  const edges: SyntheticEdge[] = [];
  const signatures = new Set<string>();
  const joined = new Set<string>(); // "later>earlier" pairs already joined by a single-premise edge
  const children = new Array<number>(n).fill(0);
  // The same rules as the services (lib/graph/edge-rules.ts), on claim indices instead of ids.
  const addEdge = (edge: SyntheticEdge): boolean => {
    const target = "to" in edge ? edge.to : edge.targetEdge;
    if (edge.kind !== "undercut" && edge.premises.some((p) => edgeViolation(String(p), String((edge as { to: number }).to)) !== null)) return false;
    const signature = edgeSignature(edge.kind, edge.premises.map(String), "to" in edge ? `c${target}` : `e${target}`);
    if (signatures.has(signature)) return false;
    signatures.add(signature);
    edges.push(edge);
    return true;
  };
  const opposes = () => random.next() < 0.15;

  // 1. Trees: each later claim gives a reason for an earlier one, chosen in proportion to the reasons
  //    it already has (plus a head start for theses), so a few claims gather many reasons.
  const treeEdges = Math.min(spec.edges, n - thesisCount);
  const weights: number[] = [];
  let totalWeight = 0;
  for (let i = 0; i < thesisCount; i++) {
    weights.push(6);
    totalWeight += 6;
  }
  const weightedEarlier = (before: number) => {
    let r = random.next() * totalWeight;
    for (let j = 0; j < before; j++) {
      r -= weights[j]!;
      if (r <= 0) return j;
    }
    return before - 1;
  };
  for (let i = thesisCount; i < n; i++) {
    if (i - thesisCount < treeEdges) {
      const parent = weightedEarlier(i);
      const kind = opposes() ? "oppose" : "support";
      addEdge({ kind, premises: [i], to: parent });
      joined.add(`${i}>${parent}`);
      children[parent]! += 1;
      weights[parent]! += 1;
      totalWeight += 1;
      if (kind === "oppose") types[i] = "objection";
    }
    weights.push(1);
    totalWeight += 1;
  }
  // Leaves that quote the text are evidence.
  for (let i = thesisCount; i < n; i++) if (children[i] === 0 && types[i] === "premise" && random.next() < 0.3) types[i] = "evidence";

  // 2. The rest of the budget: cross-links between branches, a few linked premises and undercuts.
  let attempts = 0;
  const maxAttempts = (spec.edges - edges.length) * 50 + 1000;
  while (edges.length < spec.edges) {
    if (++attempts > maxAttempts) throw new RangeError(`Could not place ${spec.edges} distinct edges among ${n} claims; ask for fewer.`);
    const roll = random.next();
    const canUndercut = edges.some((e) => e.kind !== "undercut") && n >= 3;
    if (roll < 0.04 && canUndercut) {
      const target = random.int(edges.length);
      const aimed = edges[target]!;
      if (aimed.kind === "undercut") continue;
      const premise = random.int(n);
      if (aimed.premises.includes(premise) || aimed.to === premise) continue;
      addEdge({ kind: "undercut", premises: [premise], targetEdge: target });
    } else if (roll < 0.07 && n >= 3) {
      const to = random.int(n - 2);
      const first = to + 1 + random.int(n - to - 1);
      const second = to + 1 + random.int(n - to - 1);
      if (first === second) continue;
      addEdge({ kind: opposes() ? "oppose" : "support", premises: [first, second], to });
    } else {
      const from = 1 + random.int(n - 1);
      const to = random.int(from);
      if (joined.has(`${from}>${to}`)) continue;
      if (addEdge({ kind: opposes() ? "oppose" : "support", premises: [from], to })) joined.add(`${from}>${to}`);
    }
  }

  // 3. Sources: most claims are quoted from a text; the text is the claims among other sentences.
  const claims: SyntheticClaim[] = texts.map((text, i) => ({ text, type: types[i]!, anchor: null }));
  const sources: SyntheticSource[] = [];
  const byAuthor: number[][] = Array.from({ length: spec.sources }, () => []);
  if (spec.sources > 0) {
    for (let i = 0; i < n; i++) {
      // Every source gets at least one claim; after that 85% are quoted, the rest are members' own.
      if (i < spec.sources) byAuthor[i]!.push(i);
      else if (random.next() < 0.85) byAuthor[random.int(spec.sources)]!.push(i);
    }
  }
  for (let s = 0; s < spec.sources; s++) {
    const author = `${AUTHORS[s % AUTHORS.length]}${s >= AUTHORS.length ? ` ${Math.floor(s / AUTHORS.length) + 1}` : ""}`;
    let text = "";
    let inParagraph = 0; // sentences in the current paragraph
    const append = (words: string): number => {
      text += text.length === 0 ? "" : inParagraph === 0 ? "\n\n" : " ";
      const at = text.length;
      text += words;
      inParagraph += 1;
      return at;
    };
    for (const claimIndex of byAuthor[s]!) {
      if (random.next() < 0.6) append(sentence(random, 6, 30));
      const start = append(texts[claimIndex]!);
      claims[claimIndex]!.anchor = { source: s, start, end: start + texts[claimIndex]!.length };
      if (inParagraph >= 3 + random.int(4)) inParagraph = 0;
    }
    sources.push({ author, title: `On ${TOPICS[s % TOPICS.length]} (${s + 1})`, year: 1950 + random.int(70), text });
  }
  return { sources, claims, edges };
}
