import { AppError } from "../../../errors";
import { briefToMarkdown } from "../../../brief";
import type { Actor } from "../../access";
import { getBrief } from "./get-brief";
import { getSnapshot } from "./snapshots";

/** A file name safe in a Content-Disposition header: ASCII letters, digits and dashes. */
function fileNameFor(title: string, suffix: string): string {
  const slug = title.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).toLowerCase() || "brief";
  return `${slug}${suffix}.md`;
}

/** The brief, or one of its snapshots, as Markdown with a file name for the download. */
export async function exportBriefMarkdown(actor: Actor, workspaceId: string, briefId: string, options: { snapshotId?: string | null; semantics?: string | null }) {
  if (options.snapshotId) {
    const snapshot = await getSnapshot(actor, workspaceId, briefId, options.snapshotId);
    const markdown = briefToMarkdown(snapshot.content, { title: snapshot.title, timeLimitMinutes: snapshot.timeLimitMinutes, asOf: new Date(snapshot.takenAt), label: `Snapshot taken by ${snapshot.takenBy}` });
    return { fileName: fileNameFor(snapshot.title, `-snapshot-${snapshot.takenAt.slice(0, 10)}`), markdown };
  }
  const brief = await getBrief(actor, workspaceId, briefId, { semantics: options.semantics });
  if (!brief.computed) throw new AppError("CONFLICT", "The thesis of this brief was deleted; restore it from the trash to export the brief.");
  const markdown = briefToMarkdown(brief.computed, { title: brief.title, timeLimitMinutes: brief.timeLimitMinutes, asOf: new Date(brief.computedAt) });
  return { fileName: fileNameFor(brief.title, ""), markdown };
}
