/** What every command of `npm run -s agon` shares: one error type for bad input (exit 2) and file reading. */
import fs from "node:fs";

/** Bad input from the caller: the dispatcher prints the message on stderr and exits with status 2. */
export class UsageError extends Error {}

export interface Command {
  /** One or more lines for the usage text, starting with the command's name and arguments. */
  usage: string;
  run(args: string[]): void | Promise<void>;
}

export function readText(file: string | undefined): string {
  return readBytes(file).toString("utf8");
}

export function readBytes(file: string | undefined): Buffer {
  if (!file) throw new UsageError("Missing a file argument.");
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The value after `--name`, or undefined when the flag is absent; a flag with no value is a usage error. */
export function flagValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value.`);
  return value;
}

/** Arguments that are neither flags nor the values of the given value-taking flags. */
export function positionals(args: string[], valueFlags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (valueFlags.includes(arg)) i++;
    else if (!arg.startsWith("--")) out.push(arg);
  }
  return out;
}
