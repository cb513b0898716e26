import type { Metadata } from "next";
import { DisagreementsView } from "@/components/disagreements/DisagreementsView";
import { can } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getDisagreements } from "@/lib/server/services/map/get-disagreements";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";

export const metadata: Metadata = { title: "Disagreements" };

export default async function DisagreementsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/disagreements`);
  const [workspace, disagreements] = await loadForPage(() => Promise.all([getWorkspace(user, workspaceId), getDisagreements(user, workspaceId)]));
  return <DisagreementsView workspaceId={workspaceId} disagreements={disagreements} canEdit={can(workspace.role, "edge:write")} />;
}
