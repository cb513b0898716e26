import type { Metadata } from "next";
import { TrashList } from "@/components/history/TrashList";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { listTrash, TRASH_DAYS } from "@/lib/server/services/history/trash";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/trash`);
  const trash = await loadForPage(() => listTrash(user, workspaceId));
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Trash</h1>
          <p className="muted">Claims deleted in the last {TRASH_DAYS} days, with the edges that went with them. Restoring brings back every edge whose claims are still there.</p>
        </div>
      </div>
      <TrashList workspaceId={workspaceId} initial={trash} />
    </div>
  );
}
