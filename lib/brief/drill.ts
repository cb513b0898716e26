/**
 * Drill mode: the objections of a brief one at a time, and at the end which are now answered.
 */
import type { BriefObjection } from "./types";

export type DrillOrder = "strongest" | "shuffled";

/**
 * Objection ids in drill order: as the brief ranks them (strongest first), or shuffled with a seeded
 * generator, so a drill can be resumed or replayed in the same order.
 */
export function drillOrder(objections: readonly BriefObjection[], order: DrillOrder, seed = 1): string[] {
  const ids = objections.map((o) => o.objection.id);
  if (order === "strongest") return ids;
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: small, deterministic, and good enough to deal cards
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids;
}

export interface DrillOutcome {
  objectionId: string;
  text: string;
  /** Rebuttals the map held before the drill. */
  before: number;
  /** Rebuttals it holds now. */
  after: number;
  status: "answered-now" | "already-answered" | "unanswered";
}

/** Compares the brief before the drill with the brief after it, objection by objection. */
export function drillSummary(before: readonly BriefObjection[], after: readonly BriefObjection[]): DrillOutcome[] {
  const now = new Map(after.map((o) => [o.objection.id, o.rebuttals.length]));
  return before.map((o) => {
    const was = o.rebuttals.length;
    const is = now.get(o.objection.id) ?? was;
    return { objectionId: o.objection.id, text: o.objection.text, before: was, after: is, status: is === 0 ? "unanswered" : was === 0 ? "answered-now" : "already-answered" };
  });
}
