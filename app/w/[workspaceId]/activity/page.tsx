import type { Metadata } from "next";
import Link from "next/link";
import { ActivityList } from "@/components/history/ActivityList";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { activityFeed } from "@/lib/server/services/history/activity-feed";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/activity`);
  const [workspace, feed] = await loadForPage(() => Promise.all([getWorkspace(user, workspaceId), activityFeed(user, workspaceId)]));
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Activity</h1>
          <p className="muted">Everything done in this workspace, newest first. Nothing is lost: deleted claims wait in the trash for 30 days.</p>
        </div>
        {workspace.role === "owner" && <Link className="btn" href={`/w/${workspaceId}/trash`}>Trash</Link>}
      </div>
      <ActivityList workspaceId={workspaceId} initial={feed} />
    </div>
  );
}
