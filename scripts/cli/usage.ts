/**
 * The commands' usage texts, apart from the commands themselves: the dispatcher prints them without
 * loading any command, so `evaluate` never pays for pdf.js, jsdom or the other import libraries.
 */
export const COMMAND_USAGE = {
  normalize: `normalize FILE [--from txt|pdf|html|md|docx] [--json]
                                        print the normalised text of a file; the format comes from the
                                        file's contents and extension unless --from names it
                                        (--json: format, paragraphs with their offsets in the extracted
                                        original, footnotes and the clean-up report)`,
  reanchor: `reanchor OLD NEW ANCHORS.json         re-anchor [{id, exact, prefix, suffix, start, end}] made on OLD
                                        in NEW; prints [{id, status, start, end, score}]`,
  evaluate: `evaluate --semantics grounded|complete|preferred|stable|dfquad|qe|euler
           [--accept ARG --mode cred|skept] --format apx|tgf|i23|json FILE
                                        which arguments stand. Prints one line: grounded [a,b];
                                        complete/preferred/stable every extension [[a,b],[c]] ([] if
                                        none, [[]] if only the empty one); with --accept YES or NO
                                        (sceptical stable with no stable extension: YES); gradual
                                        semantics {"a":0.5,...} (9 decimals). Arguments in order of
                                        first appearance, extensions sorted lexicographically in
                                        that order. json: {arguments:[{id,base?}],attacks,supports};
                                        Dung semantics ignore its supports and bases; apx/tgf/i23
                                        have base 0.5 and no supports. Exit 1 if a gradual
                                        semantics does not converge on a cyclic graph.`,
  suggest: `suggest FILE [--from txt|pdf|html|md|docx] [--top N] [--json]
                                        the N (default 10) sentences most likely to be claims, as the
                                        reader's "Suggest claims" ranks them, each with its reasons
                                        (--json: [{start, end, sentence, score, reasons}])`,
  "seed-synthetic": `seed-synthetic --claims N --edges M [--sources S] [--seed K] [--name TEXT]
                                        a synthetic workspace owned by the demo account (created
                                        if missing; DEMO_EMAIL, DEMO_PASSWORD) for benchmarks:
                                        claims of 8-60 words, most quoted from S generated texts
                                        (default: one per 250 claims, at least 1), a few theses with
                                        many reasons, ~15% opposing, some cross-links, undercuts and
                                        linked premises; the same K (default 1968) gives the same
                                        map. Prints the workspace id on its last line.`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;
