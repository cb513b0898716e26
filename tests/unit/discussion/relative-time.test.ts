import { relativeTime } from "@/lib/discussion/relative-time";

const NOW = new Date("2025-03-12T12:00:00Z");
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();

describe("relativeTime", () => {
  it.each([
    [0, "just now"],
    [-30, "just now"],
    [44, "just now"],
    [50, "1 minute ago"],
    [5 * 60, "5 minutes ago"],
    [59 * 60, "59 minutes ago"],
    [60 * 60, "1 hour ago"],
    [3 * 60 * 60 + 20 * 60, "3 hours ago"],
    [24 * 60 * 60, "yesterday"],
    [3 * 24 * 60 * 60, "3 days ago"],
  ])("says %i seconds ago is “%s”", (seconds, expected) => {
    expect(relativeTime(ago(seconds), NOW)).toBe(expected);
  });

  it("gives a plain date once a week has passed", () => {
    expect(relativeTime("2025-02-01T09:30:00Z", NOW)).toBe("1 Feb 2025");
  });
});
