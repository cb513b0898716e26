import type { Metadata } from "next";
import Link from "next/link";
import { Drill } from "@/components/brief/Drill";
import "@/components/brief/brief.css";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getBrief } from "@/lib/server/services/briefs/get-brief";

export const metadata: Metadata = { title: "Drill" };

export default async function DrillPage({ params }: { params: Promise<{ workspaceId: string; briefId: string }> }) {
  const { workspaceId, briefId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/briefs/${briefId}/drill`);
  const brief = await loadForPage(() => getBrief(user, workspaceId, briefId));
  const objections = brief.computed?.objections ?? [];
  return (
    <div className="page drill-page">
      <div className="brief-toolbar">
        <Link href={`/w/${workspaceId}/briefs/${briefId}`} className="btn btn-sm btn-ghost">← Back to the brief</Link>
      </div>
      <p className="brief-kicker">Drill · {brief.side === "for" ? "For" : "Against"} the motion</p>
      <h1 className="drill-title">{brief.computed?.thesis.text ?? brief.title}</h1>
      {objections.length === 0 ? (
        <div className="card drill-card">
          <p>There are no objections to practise: nothing on the map argues the other side{brief.computed ? "" : ", or the motion’s claim was deleted"}.</p>
        </div>
      ) : (
        <Drill workspaceId={workspaceId} briefId={briefId} objections={objections} secondsPerAnswer={brief.timeLimitMinutes ? brief.timeLimitMinutes * 60 : null} canAnswer={brief.may.answer} />
      )}
    </div>
  );
}
