/**
 * A brief as a Markdown document, for the download: the same four sections as the page, citations
 * in the brief's author-date style and the bibliography at the end. Claim texts and quotes are the
 * map's words; characters that Markdown would read as markup at the start of a line are escaped so a
 * claim beginning with "#" or "1." stays a sentence.
 */
import { SEMANTICS_LABEL, gapLabel, type BriefClaim, type BriefEvidence, type BriefPoint, type ComputedBrief } from "./types";

export interface MarkdownOptions {
  title: string;
  timeLimitMinutes?: number | null;
  /** Shown under the title: when the brief was computed or the snapshot taken. */
  asOf: Date;
  /** "Snapshot" for a frozen brief. */
  label?: string;
}

function inline(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/^([#>+-]|\d+\.)/, "\\$1");
}

const strength = (claim: BriefClaim) => claim.strength.toFixed(2);

function quoteLine(claim: BriefClaim): string[] {
  if (!claim.quote && !claim.citation) return ["   Own claim of a member, not anchored in a source."];
  const quote = claim.quote ? `“${inline(claim.quote)}”` : "";
  return [`   ${[quote, claim.citation ? `— ${claim.citation.text}` : ""].filter(Boolean).join(" ")}`];
}

function evidenceLines(evidence: readonly BriefEvidence[]): string[] {
  return evidence.map((e) => {
    const quote = e.quote ? `“${inline(e.quote)}”` : "";
    const cite = e.citation ? ` — ${e.citation.text}` : "";
    const note = e.note ? ` ${inline(e.note)}` : "";
    return `   - Evidence: ${quote}${cite}${note}`.replace(/: +/, ": ");
  });
}

const RELATION: Record<BriefPoint["via"]["kind"], string> = { support: "supports", oppose: "opposes", undercut: "undercuts a reason bearing on" };

function pointLines(point: BriefPoint, index: number): string[] {
  const relation = point.distance === 1 ? `${RELATION[point.via.kind]} the motion` : `${RELATION[point.via.kind]} “${inline(point.via.targetText)}”`;
  return [
    `${index + 1}. **${inline(point.text)}** (strength ${strength(point)}; grounded ${point.grounded}; ${relation}${point.linkedWith.length ? `, together with “${point.linkedWith.map(inline).join("”, “")}”` : ""})`,
    ...quoteLine(point),
    ...evidenceLines(point.evidence),
  ];
}

export function briefToMarkdown(brief: ComputedBrief, options: MarkdownOptions): string {
  const lines: string[] = [
    `# ${inline(options.title)}`,
    "",
    `**Motion:** ${inline(brief.thesis.text)}`,
    "",
    `**Side:** ${brief.side === "for" ? "for the motion" : "against the motion"} · **Semantics:** ${SEMANTICS_LABEL[brief.semantics]}${options.timeLimitMinutes ? ` · **Speech:** ${options.timeLimitMinutes} min` : ""}`,
    "",
    `**Where the motion stands:** ${brief.summary.line}${brief.summary.converged ? "" : " (the evaluation did not settle on a cycle; strengths are approximate)"}`,
    "",
    `_${options.label ?? "Computed from the live map"} · ${options.asOf.toISOString().slice(0, 16).replace("T", " ")} UTC_`,
    "",
    "## The case",
    "",
  ];
  if (brief.case.length === 0) lines.push("Nothing on the map argues this side yet.", "");
  brief.case.forEach((p, i) => lines.push(...pointLines(p, i)));
  lines.push("", "## Objections to expect", "");
  if (brief.objections.length === 0) lines.push("Nothing on the map argues the other side.", "");
  brief.objections.forEach(({ objection, rebuttals }, i) => {
    lines.push(...pointLines(objection, i));
    if (rebuttals.length === 0) lines.push("   - **No rebuttal on the map.**");
    for (const r of rebuttals) {
      lines.push(`   - Rebuttal (${r.kind === "oppose" ? "opposes it" : "undercuts its edge"}, strength ${strength(r)}): ${inline(r.text)}`);
      if (r.citation) lines.push(`     ${r.quote ? `“${inline(r.quote)}” ` : ""}— ${r.citation.text}`);
    }
  });
  lines.push("", "## Gaps", "");
  if (brief.gaps.length === 0) lines.push("None: every objection has an answer and every point has a source.");
  for (const gap of brief.gaps) {
    lines.push(gap.kind === "thin-support" ? `- Rests on a single unanchored claim: ${inline(gap.text)}` : `- ${gapLabel(gap)} ${inline(gap.text)}`);
  }
  lines.push("", "## Bibliography", "");
  if (brief.bibliography.length === 0) lines.push("No sources cited.");
  for (const entry of brief.bibliography) lines.push(`- ${entry.text}`);
  return `${lines.join("\n")}\n`;
}
