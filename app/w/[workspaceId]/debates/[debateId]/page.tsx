import type { Metadata } from "next";
import Link from "next/link";
import "@/components/brief/brief.css";
import { SidesForm } from "@/components/debate/SidesForm";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getDebateSetup } from "@/lib/server/services/debates/debate-setup";

export const metadata: Metadata = { title: "Change the sides" };

export default async function DebateSidesPage({ params }: { params: Promise<{ workspaceId: string; debateId: string }> }) {
  const { workspaceId, debateId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/debates/${debateId}`);
  const setup = await loadForPage(() => getDebateSetup(user, workspaceId, { debateId }));
  const debate = setup.debate!;
  return (
    <div className="page debate-page">
      <Link href={`/w/${workspaceId}/briefs#debate-${debate.id}`} className="btn btn-sm btn-ghost">← Debate briefs</Link>
      <h1 className="debate-page-title">Change the sides</h1>
      <p className="brief-motion-label">The motion</p>
      <blockquote className="brief-motion">{setup.thesis.text}</blockquote>
      {debate.revealed && <div className="alert alert-info" role="status">Both briefs are already revealed: every member can read them, whatever side they are on.</div>}
      <SidesForm workspaceId={workspaceId} members={setup.members} target={{ kind: "edit", debateId: debate.id, version: debate.version }} initial={debate.assignment} />
    </div>
  );
}
