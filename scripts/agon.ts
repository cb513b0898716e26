/**
 * Agon's command line: `npm run -s agon -- <command> ...`. Each command (scripts/cli/*) reads files,
 * calls the pure modules in lib/ and prints to stdout; bad input exits with status 2 and a message on
 * stderr, with nothing on stdout.
 */
import { UsageError, type Command } from "./cli/common";
import { evaluateCommand } from "./cli/evaluate";
import { normalizeCommand } from "./cli/normalize";
import { reanchorCommand } from "./cli/reanchor";
import { seedSyntheticCommand } from "./cli/seed-synthetic";

const COMMANDS: Record<string, Command> = {
  normalize: normalizeCommand,
  reanchor: reanchorCommand,
  evaluate: evaluateCommand,
  "seed-synthetic": seedSyntheticCommand,
};

const USAGE = `Usage: npm run -s agon -- <command>\n\nCommands:\n${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join("\n")}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const entry = command ? COMMANDS[command] : undefined;
  if (!entry) {
    process.stderr.write(`${command ? `Unknown command: ${command}\n\n` : ""}${USAGE}\n`);
    return 2;
  }
  try {
    await entry.run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`agon ${command}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
