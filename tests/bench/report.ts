/**
 * How every benchmark prints a figure: the measured value, the baseline measured in the same run,
 * and their ratio, so a reader can judge the number on this machine rather than against a guess.
 */
import { performance } from "node:perf_hooks";

export interface Figure {
  name: string;
  valueMs: number;
  baselineName: string;
  baselineMs: number;
  /** The target, as a ratio or an absolute limit, printed beside the figure. */
  target?: string;
}

export function printFigure(figure: Figure): void {
  const ratio = figure.baselineMs > 0 ? figure.valueMs / figure.baselineMs : Number.POSITIVE_INFINITY;
  const target = figure.target ? `  target: ${figure.target}` : "";
  console.log(
    `${figure.name}: ${figure.valueMs.toFixed(1)} ms  (${ratio.toFixed(2)}x ${figure.baselineName} = ${figure.baselineMs.toFixed(1)} ms)${target}`,
  );
}

/** Median wall time of `runs` calls, after one warm-up call. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
