/**
 * "just now", "5 minutes ago", "yesterday", then a plain date once a week has passed: how long ago
 * a comment was written, in the words a reader scans for.
 */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["minute", 60],
  ["hour", 60 * 60],
  ["day", 24 * 60 * 60],
];
const WEEK_SECONDS = 7 * 24 * 60 * 60;

export function relativeTime(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  // Clocks of browser and server differ a little; a comment "from the future" was just written.
  if (seconds < 45) return "just now";
  if (seconds >= WEEK_SECONDS) return then.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  let unit: Intl.RelativeTimeFormatUnit = "minute";
  let size = 60;
  for (const [candidate, candidateSize] of UNITS) if (seconds >= candidateSize) [unit, size] = [candidate, candidateSize];
  return format.format(-Math.max(1, Math.round(seconds / size)), unit);
}

/** The full date and time, for a tooltip beside the relative one. */
export function fullTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
