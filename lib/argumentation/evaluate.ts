/**
 * The `agon evaluate` command without its input and output: framework text in, the answer line out.
 *
 * Output conventions (the command's usage text repeats them):
 * - grounded: `[a,b,c]`;
 * - complete, preferred, stable: every extension, `[[a,b],[c]]`, `[]` when there is none, `[[]]` when
 *   the only extension is empty;
 * - acceptance: `YES` or `NO`;
 * - gradual semantics: a JSON object `{"a":0.5,...}`, strengths rounded to 9 decimals.
 * Arguments are listed in order of first appearance in the input; extensions are sorted
 * lexicographically by that order, a prefix before its extensions (`[[],[a],[a,b],[b]]`).
 * For the Dung semantics the supports and base scores of a json input are ignored; gradual semantics
 * on apx, tgf and i23 input use base score 0.5 and no supports.
 */
import { isAccepted, type AcceptanceMode } from "./acceptance";
import { extensionsOf, type DungSemantics } from "./extensions";
import { FrameworkBuilder, IN, type Framework } from "./framework";
import { parseFramework, type FrameworkFormat, type ParsedFramework } from "./formats";
import { buildBipolarGraph, gradualStrengths, type GradualMethod, type GradualSemantics } from "./gradual";
import { groundedLabelling } from "./grounded";

export type SemanticsName = DungSemantics | GradualSemantics;
const GRADUAL_SEMANTICS: readonly GradualSemantics[] = ["dfquad", "qe", "euler"];

export interface EvaluateOptions {
  semantics: SemanticsName;
  format: FrameworkFormat;
  /** Ask whether one argument (by name as written in the input) is accepted; Dung semantics only. */
  accept?: { argument: string; mode: AcceptanceMode };
}

export type EvaluateOutcome =
  | { converged: true; output: string }
  | { converged: false; method: GradualMethod; iterations: number; maxDelta: number };

/** A request the input cannot answer (unknown argument, acceptance asked of a gradual semantics). */
export class EvaluateRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EvaluateRequestError";
  }
}

function isGradual(semantics: SemanticsName): semantics is GradualSemantics {
  return (GRADUAL_SEMANTICS as readonly string[]).includes(semantics);
}

function toFramework(parsed: ParsedFramework): Framework {
  const builder = new FrameworkBuilder();
  for (const argument of parsed.arguments) builder.addArgument(argument.name);
  for (const [from, to] of parsed.attacks) builder.addAttack(from, to);
  return builder.build();
}

function listNames(af: Framework, members: readonly number[]): string {
  return `[${members.map((x) => af.names[x]).join(",")}]`;
}

/** Throws FrameworkParseError for malformed text and EvaluateRequestError for an impossible request. */
export function evaluate(text: string, options: EvaluateOptions): EvaluateOutcome {
  const parsed = parseFramework(text, options.format);
  if (isGradual(options.semantics)) {
    if (options.accept) throw new EvaluateRequestError(`acceptance (--accept) is defined for the Dung semantics, not ${options.semantics}.`);
    const graph = buildBipolarGraph({
      arguments: parsed.arguments.map((a) => ({ id: a.name, base: a.base })),
      attacks: parsed.attacks.map(([f, t]) => [parsed.arguments[f]!.name, parsed.arguments[t]!.name] as const),
      supports: parsed.supports.map(([f, t]) => [parsed.arguments[f]!.name, parsed.arguments[t]!.name] as const),
    });
    const result = gradualStrengths(graph, options.semantics);
    if (!result.converged) {
      return { converged: false, method: result.method, iterations: result.iterations, maxDelta: result.maxDelta };
    }
    // Built by hand: JSON.stringify would move integer-like keys (i23 names) ahead of the others.
    const entries = graph.names.map((name, x) => `${JSON.stringify(name)}:${Math.round(result.strengths[x]! * 1e9) / 1e9}`);
    return { converged: true, output: `{${entries.join(",")}}` };
  }

  const af = toFramework(parsed);
  if (options.accept) {
    const argument = af.indexOf.get(options.accept.argument);
    if (argument === undefined) throw new EvaluateRequestError(`there is no argument ${options.accept.argument} in the input.`);
    return { converged: true, output: isAccepted(af, argument, options.semantics, options.accept.mode) ? "YES" : "NO" };
  }
  if (options.semantics === "grounded") {
    const labels = groundedLabelling(af);
    const members: number[] = [];
    for (let x = 0; x < labels.length; x++) if (labels[x] === IN) members.push(x);
    return { converged: true, output: listNames(af, members) };
  }
  const extensions = extensionsOf(af, options.semantics);
  return { converged: true, output: `[${extensions.map((e) => listNames(af, e)).join(",")}]` };
}
