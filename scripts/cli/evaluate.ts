import { UsageError, flagValue, positionals, readText, type Command } from "./common";

const SEMANTICS = ["grounded", "complete", "preferred", "stable", "dfquad", "qe", "euler"] as const;
const FORMATS = ["apx", "tgf", "i23", "json"] as const;
const MODES = ["cred", "skept"] as const;
const VALUE_FLAGS = ["--semantics", "--format", "--accept", "--mode"];

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} is required (${allowed.join("|")}).`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} ${value}: expected one of ${allowed.join(", ")}.`);
  return value as T;
}

export const evaluateCommand: Command = {
  usage: `evaluate --semantics grounded|complete|preferred|stable|dfquad|qe|euler
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
  async run(args) {
    const semantics = oneOf("--semantics", flagValue(args, "--semantics"), SEMANTICS);
    const format = oneOf("--format", flagValue(args, "--format"), FORMATS);
    const acceptArgument = flagValue(args, "--accept");
    const modeValue = flagValue(args, "--mode");
    if ((acceptArgument === undefined) !== (modeValue === undefined)) throw new UsageError("--accept and --mode go together.");
    const accept = acceptArgument === undefined ? undefined : { argument: acceptArgument, mode: oneOf("--mode", modeValue, MODES) };
    const files = positionals(args, VALUE_FLAGS);
    if (files.length !== 1) throw new UsageError(`expected exactly one FILE, got ${files.length}.`);
    const file = files[0]!;
    const text = readText(file);

    // Loaded only now, so that a usage error costs no more than the dispatcher's start-up.
    const [{ evaluate, EvaluateRequestError }, { FrameworkParseError }] = await Promise.all([
      import("../../lib/argumentation/evaluate"),
      import("../../lib/argumentation/formats"),
    ]);
    let outcome;
    try {
      outcome = evaluate(text, { semantics, format, accept });
    } catch (error) {
      if (error instanceof FrameworkParseError) {
        const found = error.found === undefined ? "" : `, found ${JSON.stringify(error.found)}`;
        throw new UsageError(`${file}:${error.line}: expected ${error.expected}${found}`);
      }
      if (error instanceof EvaluateRequestError) throw new UsageError(error.message);
      throw error;
    }
    if (!outcome.converged) {
      process.stderr.write(
        `agon evaluate: ${semantics} did not converge on ${file} (${outcome.iterations} iterations, last largest change ${outcome.maxDelta.toExponential(2)}).\n`,
      );
      // Not bad input (exit 2) but no answer either. The dispatcher sets the exit code to 0 once `run`
      // returns, so the 1 is set last, when the process exits.
      process.once("exit", () => {
        process.exitCode = 1;
      });
      return;
    }
    process.stdout.write(`${outcome.output}\n`);
  },
};
