/**
 * Argumentation benchmarks (issue 6).
 *
 * 1. The whole `evaluate --semantics grounded` command on a generated framework of 10,000 arguments and
 *    30,000 attacks, node start-up included (target: under 1.5 s), against the same command on a
 *    1-argument framework, so the ratio shows what the framework itself costs; plus the in-process
 *    grounded labelling against parsing the file.
 * 2. Preferred enumeration on 30 generated frameworks of 20 to 200 arguments (mixed densities, some
 *    attacks mutual, so even and odd cycles throughout) against clingo with an ASPARTIX-style encoding
 *    (tests/bench/aspartix/preferred.lp). Every framework's extensions must agree, or the run fails.
 *    Ours is timed in-process; clingo per framework including its process start, as a user would run it.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { frameworkFromNames, groundedLabelling, parseFramework, preferredExtensions, FrameworkBuilder, type Framework } from "../../lib/argumentation";
import { medianMs, printFigure } from "./report";

const ROOT = path.resolve(__dirname, "../..");
const ENCODING = path.join(__dirname, "aspartix", "preferred.lp");
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "agon-argumentation-bench-"));

/** mulberry32: a small seeded generator, so every run measures the same frameworks. */
function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function apxText(names: readonly string[], attacks: readonly (readonly [string, string])[]): string {
  return `${names.map((n) => `arg(${n}).`).join("\n")}\n${attacks.map(([f, t]) => `att(${f},${t}).`).join("\n")}\n`;
}

function runEvaluate(launcher: string[], file: string): void {
  const [command, ...prefix] = launcher;
  const result = spawnSync(command!, [...prefix, "evaluate", "--semantics", "grounded", "--format", "apx", file], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0 || !result.stdout.startsWith("[")) {
    throw new Error(`evaluate failed (status ${result.status}): ${result.stderr.slice(0, 500)}`);
  }
}

async function groundedFigures(): Promise<void> {
  const random = seededRandom(42);
  const n = 10_000;
  const names = Array.from({ length: n }, (_, i) => `a${i}`);
  const attacks: [string, string][] = [];
  for (let e = 0; e < 30_000; e++) attacks.push([names[Math.floor(random() * n)]!, names[Math.floor(random() * n)]!]);
  const large = path.join(workDir, "large.apx");
  const text = apxText(names, attacks);
  fs.writeFileSync(large, text);
  const tiny = path.join(workDir, "tiny.apx");
  fs.writeFileSync(tiny, "arg(a).\n");

  // `npm run -s agon` is how users run it; the other two show what npm and tsx's own CLI add.
  for (const [label, launcher] of [
    ["npm run -s agon", ["npm", "run", "-s", "agon", "--"]],
    ["npx tsx", ["npx", "tsx", "scripts/agon.ts"]],
    ["node --import tsx", ["node", "--import", "tsx", "scripts/agon.ts"]],
  ] as const) {
    const commandMs = await medianMs(5, () => runEvaluate([...launcher], large));
    const startupMs = await medianMs(5, () => runEvaluate([...launcher], tiny));
    printFigure({
      name: `evaluate grounded, 10,000 args / 30,000 attacks, whole command via ${label}`,
      valueMs: commandMs,
      baselineName: "the same command on 1 argument",
      baselineMs: startupMs,
      target: "< 1500 ms",
    });
  }

  let af: Framework | undefined;
  const parseMs = await medianMs(10, () => {
    const parsed = parseFramework(text, "apx");
    const builder = new FrameworkBuilder();
    for (const a of parsed.arguments) builder.addArgument(a.name);
    for (const [f, t] of parsed.attacks) builder.addAttack(f, t);
    af = builder.build();
  });
  const groundedMs = await medianMs(10, () => groundedLabelling(af!));
  printFigure({ name: "grounded labelling in-process, 10,000 / 30,000", valueMs: groundedMs, baselineName: "parsing the apx text", baselineMs: parseMs });
}

interface Instance {
  label: string;
  names: string[];
  attacks: [string, string][];
}

/**
 * 30 frameworks, n from 20 to 200. Attacks per argument cycle through 2, 3, 4, 6, 8 and the share of
 * mutual attacks through 0, 10 and 15 %, so sparse and dense, acyclic-ish and cycle-rich frameworks
 * alternate (mutual attacks are even cycles; random attacks close odd ones).
 */
function preferredInstances(): Instance[] {
  const degrees = [2, 3, 4, 6, 8];
  const mutualShares = [0, 0.1, 0.15];
  return Array.from({ length: 30 }, (_, i) => {
    const random = seededRandom(1000 + i);
    const n = 20 + Math.round((i * 180) / 29);
    const degree = degrees[i % degrees.length]!;
    const mutual = mutualShares[(i + 1) % mutualShares.length]!;
    const names = Array.from({ length: n }, (_, k) => `a${k}`);
    const attacks: [string, string][] = [];
    for (let e = 0; e < Math.round(n * degree); e++) {
      const from = names[Math.floor(random() * n)]!;
      const to = names[Math.floor(random() * n)]!;
      attacks.push([from, to]);
      if (random() < mutual) attacks.push([to, from]);
    }
    return { label: `n=${n} ${degree} att/arg ${mutual * 100}% mutual`, names, attacks };
  });
}

function clingoExtensions(file: string): string[] {
  const result = spawnSync("clingo", [ENCODING, file, "--heuristic=Domain", "--enum-mode=domRec", "--outf=2", "0"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  // clingo's exit codes are bit flags (10 satisfiable, 20 unsatisfiable, 30 exhausted); its JSON says more.
  const output = JSON.parse(result.stdout) as { Result: string; Call: { Witnesses?: { Value: string[] }[] }[] };
  if (output.Result === "UNKNOWN") throw new Error(`clingo gave no answer on ${file}`);
  return (output.Call[0]?.Witnesses ?? []).map((w) =>
    w.Value.map((atom) => /^in\((.*)\)$/.exec(atom)?.[1] ?? atom)
      .sort()
      .join(","),
  );
}

function preferredFigure(): void {
  const version = spawnSync("clingo", ["--version"], { encoding: "utf8" });
  if (version.error || version.status !== 0) {
    console.log(`preferred vs clingo: skipped, clingo is not available here (${version.error?.message ?? `exit ${version.status}`}); install Debian's gringo package.`);
    return;
  }
  const instances = preferredInstances().map((instance) => ({ ...instance, af: frameworkFromNames(instance.names, instance.attacks) }));
  // Warm the JIT on a few frameworks first, as clingo arrives compiled.
  for (const instance of instances.slice(0, 8)) preferredExtensions(instance.af);

  let oursTotal = 0;
  let clingoTotal = 0;
  let extensionsTotal = 0;
  let worst = { ratio: 0, label: "" };
  for (const instance of instances) {
    const file = path.join(workDir, "instance.lp");
    fs.writeFileSync(file, apxText(instance.names, instance.attacks));
    const clingoStart = performance.now();
    const theirs = clingoExtensions(file);
    const clingoMs = performance.now() - clingoStart;

    const oursStart = performance.now();
    const extensions = preferredExtensions(instance.af);
    const oursMs = performance.now() - oursStart;
    const ours = extensions.map((e) =>
      e
        .map((x) => instance.af.names[x]!)
        .sort()
        .join(","),
    );

    const key = (sets: string[]) => [...sets].sort().join(" | ");
    if (key(ours) !== key(theirs)) {
      console.error(`preferred extensions DISAGREE with clingo on ${instance.label}: ours ${ours.length}, clingo ${theirs.length}`);
      process.exitCode = 1;
      throw new Error("preferred extensions disagree with clingo");
    }
    oursTotal += oursMs;
    clingoTotal += clingoMs;
    extensionsTotal += ours.length;
    if (oursMs / clingoMs > worst.ratio) worst = { ratio: oursMs / clingoMs, label: `${instance.label}, ${ours.length} extensions` };
  }
  console.log(`preferred: all ${instances.length} frameworks agree with clingo (${extensionsTotal} extensions in all)`);
  printFigure({
    name: `preferred enumeration, ${instances.length} frameworks of 20-200 args, ours in-process`,
    valueMs: oursTotal,
    baselineName: "clingo + ASPARTIX encoding, per framework incl. process start",
    baselineMs: clingoTotal,
    target: "< 3x clingo",
  });
  console.log(`preferred: largest single-framework ratio ${worst.ratio.toFixed(2)}x (${worst.label})`);
}

async function main(): Promise<void> {
  try {
    await groundedFigures();
    preferredFigure();
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
