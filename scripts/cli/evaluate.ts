import { UsageError, flagValue, positionals, readText, type Command } from "./common";
import { COMMAND_USAGE } from "./usage";

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
  usage: COMMAND_USAGE.evaluate,
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
