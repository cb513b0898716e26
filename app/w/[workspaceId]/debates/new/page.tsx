import type { Metadata } from "next";
import Link from "next/link";
import "@/components/brief/brief.css";
import { SidesForm } from "@/components/debate/SidesForm";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getDebateSetup } from "@/lib/server/services/debates/debate-setup";

export const metadata: Metadata = { title: "Set up a group debate" };

export default async function NewDebatePage({ params, searchParams }: { params: Promise<{ workspaceId: string }>; searchParams: Promise<{ thesis?: string }> }) {
  const { workspaceId } = await params;
  const { thesis: thesisId = "" } = await searchParams;
  const user = await requirePageUser(`/w/${workspaceId}/debates/new?thesis=${encodeURIComponent(thesisId)}`);
  const setup = await loadForPage(() => getDebateSetup(user, workspaceId, { thesisId }));
  return (
    <div className="page debate-page">
      <Link href={`/w/${workspaceId}/briefs`} className="btn btn-sm btn-ghost">← Debate briefs</Link>
      <h1 className="debate-page-title">Set up a group debate</h1>
      <p className="brief-motion-label">The motion</p>
      <blockquote className="brief-motion">{setup.thesis.text}</blockquote>
      <p className="muted debate-page-lede">
        This creates two briefs on the motion, one for each side. Until you reveal both, each member sees only their own side’s brief;
        owners see both. The map stays shared, so what either side adds while preparing is on the map for everyone.
      </p>
      <SidesForm workspaceId={workspaceId} members={setup.members} target={{ kind: "create", thesisId: setup.thesis.id }} />
    </div>
  );
}
