import { RailNav } from "@/components/workspace/RailNav";
import { TopBar } from "@/components/ui/TopBar";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { listSources } from "@/lib/server/services/sources/list-sources";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/map`);
  const [workspace, sources] = await loadForPage(() => Promise.all([getWorkspace(user, workspaceId), listSources(user, workspaceId)]));
  return (
    <>
      <TopBar email={user.email} workspaceName={workspace.name} />
      <div className="shell">
        <RailNav workspaceId={workspaceId} sources={sources.map(({ id, title, author, colorIndex }) => ({ id, title, author, colorIndex }))} />
        <main className="shell-main">{children}</main>
      </div>
    </>
  );
}
