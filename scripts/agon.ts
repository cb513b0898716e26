/**
 * Agon's command line: `npm run -s agon -- <command> ...`. Each command (scripts/cli/*) reads files,
 * calls the pure modules in lib/ and prints to stdout; bad input exits with status 2 and a message on
 * stderr, with nothing on stdout.
 *
 * Commands are imported only when run: `normalize` pulls in pdf.js, jsdom, mammoth and the rest of the
 * import pipeline, which would otherwise double the start-up of every `evaluate`.
 */
import { UsageError, type Command } from "./cli/common";
import { COMMAND_USAGE, type CommandName } from "./cli/usage";

const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  normalize: async () => (await import("./cli/normalize")).normalizeCommand,
  reanchor: async () => (await import("./cli/reanchor")).reanchorCommand,
  suggest: async () => (await import("./cli/suggest")).suggestCommand,
  evaluate: async () => (await import("./cli/evaluate")).evaluateCommand,
  "seed-synthetic": async () => (await import("./cli/seed-synthetic")).seedSyntheticCommand,
};

const USAGE = `Usage: npm run -s agon -- <command>\n\nCommands:\n${Object.values(COMMAND_USAGE)
  .map((usage) => `  ${usage}`)
  .join("\n")}`;

function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!isCommandName(command)) {
    process.stderr.write(`${command ? `Unknown command: ${command}\n\n` : ""}${USAGE}\n`);
    return 2;
  }
  const entry = await COMMANDS[command]();
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
