/**
 * Discourse markers that announce a thesis or a conclusion. Each has the label shown to the user and
 * a weight: markers that commit the author ("I argue", "we must", "therefore") weigh more than ones
 * that merely often sit near a claim (a contrastive "but"). Weights are on the same scale as the other
 * features in rank.ts, where a sentence's score is their sum.
 */
export interface DiscourseMarker {
  label: string;
  pattern: RegExp;
  weight: number;
}

export const DISCOURSE_MARKERS: readonly DiscourseMarker[] = [
  // The author states their own position.
  { label: "“I argue”", pattern: /\b(?:I|we)\s+(?:will\s+|shall\s+|would\s+)?(?:argue|contend|maintain|claim|hold|submit|propose|suggest)\b/i, weight: 3 },
  { label: "“this … argues”", pattern: /\b(?:this|the present|my|our)\s+(?:paper|essay|article|book|study|chapter|analysis|argument|thesis|work)\s+(?:argues|contends|shows|demonstrates|maintains|claims|suggests|proposes|is that)\b/i, weight: 3 },
  { label: "“I believe”", pattern: /\b(?:I|we)\s+(?:firmly\s+|strongly\s+)?(?:believe|think|conclude|am convinced|are convinced|insist)\b/i, weight: 2.5 },
  { label: "“the point is”", pattern: /\bthe\s+(?:point|thesis|argument|conclusion|lesson|answer|key|crux|essence|truth|fact|problem|question)\s+(?:here\s+)?(?:is|was)\s+(?:that|not|simply)\b/i, weight: 2.5 },
  // Conclusions drawn.
  { label: "“therefore”", pattern: /\b(?:therefore|thus|hence|consequently|accordingly|it follows that)\b/i, weight: 2 },
  { label: "“in short”", pattern: /\b(?:in short|in sum|in summary|to sum up|in conclusion|to conclude|in brief|in a word|all in all|in the final analysis)\b/i, weight: 2 },
  // An obligation, unless it only tells the reader what to look at next ("we must understand …").
  { label: "“we must”", pattern: /\b(?:we|they|one|socialists|communists|revolutionaries|workers|the party|the masses|\p{L}+s)\s+(?:must|should|ought to|need to|have to)\s+(?:(?:also|first|therefore|not|now|then)\s+)*(?!(?:also|first|therefore|not|now|then|understand|look|consider|examine|ask|note|remember|see|bear|turn|recall|begin|start|keep)\b)\p{L}/iu, weight: 2 },
  // Causal claims.
  { label: "causal claim", pattern: /\b(?:(?:was|is|were|are)\s+(?:the|a)\s+(?:direct\s+|inevitable\s+|main\s+)?(?:result|consequence|product|outcome|cause|reason)\s+of|(?:led|leads|lead)\s+to|resulted in|(?:was|were|is|are)\s+due\s+to|because of|gave rise to|was rooted in|stemmed from)\b/i, weight: 1.5 },
  { label: "evaluation", pattern: /\b(?:the\s+(?:key|main|central|fundamental|decisive|crucial|real|principal|most important)\s+\w+|essential(?:ly)?|fundamental(?:ly)?|in fact|indeed|clearly|undoubtedly|in reality)\b/i, weight: 1 },
  // Contrast: the author corrects a view ("not X but Y") or turns against one ("however").
  { label: "“not … but”", pattern: /\bnot\s+(?:\w+\s+){1,8}?but\s+(?:rather\s+)?/i, weight: 1.5 },
  { label: "contrast", pattern: /(?:^|[;,:]\s*|\s)(?:but|however|nevertheless|nonetheless|on the contrary|rather|yet|instead|whereas)\b/i, weight: 1 },
];

export interface MarkerHit {
  label: string;
  weight: number;
}

/** The markers in a sentence; each counts once, and "not … but" makes the plain contrast redundant. */
export function findMarkers(sentence: string): MarkerHit[] {
  const hits = DISCOURSE_MARKERS.filter((m) => m.pattern.test(sentence)).map((m) => ({ label: m.label, weight: m.weight }));
  if (hits.some((h) => h.label === "“not … but”")) return hits.filter((h) => h.label !== "contrast");
  return hits;
}
