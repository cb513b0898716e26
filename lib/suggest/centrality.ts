/**
 * Sentence centrality by LexRank (Erkan & Radev, 2004): sentences are TF-IDF vectors, two sentences
 * are linked when their cosine similarity passes a threshold, and a sentence's centrality is its
 * PageRank in that graph, so a sentence is central when many sentences that are themselves central
 * say something like it.
 *
 * Comparing every pair is quadratic; on a 390 KB book (about 3,000 sentences) that is millions of
 * vector products. Instead the dot products are accumulated through an inverted index, skipping
 * terms found in more than a small share of sentences: such terms have a low IDF and contribute
 * little to any similarity, yet they are what makes every pair touch.
 */

const STOPWORDS = new Set(
  ("a about above after again against all also am an and any are as at be because been before being below between both but by can " +
    "could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i " +
    "if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own " +
    "same she should so some such than that the their theirs them themselves then there these they this those through to too under until " +
    "up very was we were what when where which while who whom why will with would you your yours yourself yourselves one two also even " +
    "may might must shall upon thus however therefore yet still well much many us").split(" "),
);

/** Lower-cased word stems: a crude suffix strip is enough to let "committees" meet "committee". */
export function terms(sentence: string): string[] {
  const words = sentence.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const result: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/['’]s$/, "");
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    result.push(stem(word));
  }
  return result;
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith("es") && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

export interface CentralityOptions {
  /** Cosine similarity at which two sentences are linked. Erkan & Radev found 0.1 works well. */
  threshold?: number;
  /** Terms in more than this share of sentences are skipped (see above). */
  maxDocumentShare?: number;
  damping?: number;
  iterations?: number;
}

/**
 * LexRank centrality of each sentence, scaled so the most central is 1 (all 0 when nothing links).
 */
export function lexRank(sentences: readonly string[], options: CentralityOptions = {}): number[] {
  const threshold = options.threshold ?? 0.1;
  const maxShare = options.maxDocumentShare ?? 0.05;
  const damping = options.damping ?? 0.85;
  const iterations = options.iterations ?? 40;
  const n = sentences.length;
  if (n === 0) return [];

  const bags = sentences.map((s) => {
    const counts = new Map<string, number>();
    for (const t of terms(s)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  const documentFrequency = new Map<string, number>();
  for (const bag of bags) for (const t of bag.keys()) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);

  // Weighted vectors, with their norms over all terms (so skipping common terms only drops products).
  const maxDf = Math.max(2, Math.ceil(maxShare * n));
  const postings = new Map<string, { sentence: number; weight: number }[]>();
  const norms = new Float64Array(n);
  bags.forEach((bag, i) => {
    let norm = 0;
    for (const [t, tf] of bag) {
      const df = documentFrequency.get(t)!;
      const weight = tf * Math.log(n / df + 1);
      norm += weight * weight;
      if (df >= 2 && df <= maxDf) {
        let list = postings.get(t);
        if (!list) postings.set(t, (list = []));
        list.push({ sentence: i, weight });
      }
    }
    norms[i] = Math.sqrt(norm);
  });

  // Dot products through the index, one sentence at a time into a scratch row: pairs that share no
  // indexed term are never visited.
  // Postings are in sentence order, so the later sentences sharing a term follow position `at`.
  const termsOf: { list: { sentence: number; weight: number }[]; at: number }[][] = Array.from({ length: n }, () => []);
  for (const list of postings.values()) list.forEach((entry, at) => termsOf[entry.sentence]!.push({ list, at }));
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const row = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const { list, at } of termsOf[i]!) {
      const weight = list[at]!.weight;
      for (let k = at + 1; k < list.length; k++) {
        const other = list[k]!;
        if (row[other.sentence] === 0) touched.push(other.sentence);
        row[other.sentence] = row[other.sentence]! + weight * other.weight;
      }
    }
    for (const j of touched) {
      if (row[j]! / (norms[i]! * norms[j]! || 1) >= threshold) {
        neighbours[i]!.push(j);
        neighbours[j]!.push(i);
      }
      row[j] = 0;
    }
    touched.length = 0;
  }

  let rank = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const next = new Float64Array(n).fill((1 - damping) / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const out = neighbours[i]!;
      if (out.length === 0) {
        dangling += rank[i]!;
        continue;
      }
      const share = (damping * rank[i]!) / out.length;
      for (const j of out) next[j]! += share;
    }
    const spread = (damping * dangling) / n;
    for (let i = 0; i < n; i++) next[i]! += spread;
    rank = next;
  }
  // Isolated sentences only hold the uniform share; they are not central.
  const scores = Array.from(rank, (r, i) => (neighbours[i]!.length === 0 ? 0 : r));
  const top = Math.max(...scores);
  return top > 0 ? scores.map((s) => s / top) : scores;
}
