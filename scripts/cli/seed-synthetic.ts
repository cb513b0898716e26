import { UsageError, flagValue, positionals, type Command } from "./common";
import { COMMAND_USAGE } from "./usage";

const VALUE_FLAGS = ["--claims", "--edges", "--sources", "--seed", "--name"];
export const DEFAULT_SYNTHETIC_SEED = 1968;

function wholeNumber(flag: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`${flag} is required.`);
    return fallback;
  }
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} ${value}: expected a whole number.`);
  return Number(value);
}

export const seedSyntheticCommand: Command = {
  usage: COMMAND_USAGE["seed-synthetic"],
  async run(args) {
    const unknown = args.filter((a) => a.startsWith("--") && !VALUE_FLAGS.includes(a));
    if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]}.`);
    const extra = positionals(args, VALUE_FLAGS);
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}.`);
    const claims = wholeNumber("--claims", flagValue(args, "--claims"));
    const edges = wholeNumber("--edges", flagValue(args, "--edges"));
    const sources = wholeNumber("--sources", flagValue(args, "--sources"), Math.min(claims, Math.max(1, Math.round(claims / 250))));
    const seed = wholeNumber("--seed", flagValue(args, "--seed"), DEFAULT_SYNTHETIC_SEED);
    const name = flagValue(args, "--name");
    const spec = { claims, edges, sources, seed };

    // Checked before the database is opened, so a typo costs nothing.
    const { syntheticSpecProblem } = await import("../../lib/graph/synthetic");
    const problem = syntheticSpecProblem(spec);
    if (problem) throw new UsageError(problem);

    const started = Date.now();
    const [{ ensureDemoUser, DEFAULT_DEMO_EMAIL, DEFAULT_DEMO_PASSWORD }, { createSyntheticWorkspace }, { db }] = await Promise.all([
      import("../../prisma/seed"),
      import("../../lib/server/services/workspaces/create-synthetic-workspace"),
      import("../../lib/server/db"),
    ]);
    try {
      const email = (process.env.DEMO_EMAIL ?? DEFAULT_DEMO_EMAIL).trim().toLowerCase();
      const owner = await ensureDemoUser(email, process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD);
      const created = await createSyntheticWorkspace({ id: owner.id }, spec, name);
      process.stdout.write(
        `Created a synthetic workspace for ${email}: ${created.claims} claims, ${created.edges} edges, ${created.sources} sources in ${((Date.now() - started) / 1000).toFixed(1)} s.\n${created.id}\n`,
      );
    } finally {
      await db.$disconnect();
    }
  },
};
