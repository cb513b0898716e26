import type { Metadata } from "next";
import Link from "next/link";
import { BlindStancesSwitch } from "@/components/stances/BlindStancesSwitch";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { stanceOverview } from "@/lib/server/services/stances/stance-overview";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";

export const metadata: Metadata = { title: "Stances" };

const LABEL = { agree: "agree", disagree: "disagree", unsure: "unsure" } as const;

export default async function StancesPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/stances`);
  const [workspace, overview] = await loadForPage(() => Promise.all([getWorkspace(user, workspaceId), stanceOverview(user, workspaceId)]));
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Stances</h1>
          <p className="muted">Where each member stands on the key claims: the theses first, then the claims most often judged. Mark yours from a claim&apos;s panel on the map.</p>
        </div>
        {workspace.role === "owner" && <BlindStancesSwitch workspaceId={workspaceId} initial={workspace.blindStances} />}
      </div>
      {overview.blind && workspace.role !== "owner" && (
        <div className="alert alert-info" role="note">Blind mode is on: you see others&apos; stances on a claim once you have marked your own.</div>
      )}
      {overview.claims.length === 0 ? (
        <div className="card empty">
          <h2>No key claims yet</h2>
          <p>Mark a claim as a thesis, or take a stance on any claim in its panel on the map, and it appears here.</p>
          <Link className="btn btn-primary" href={`/w/${workspaceId}/map`}>Open the map</Link>
        </div>
      ) : (
        <div className="card" style={{ padding: 16, overflowX: "auto" }}>
          <table className="stance-matrix" data-testid="stance-matrix">
            <caption className="visually-hidden">Members (rows) and their stances on key claims (columns)</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                {overview.claims.map((c) => (
                  <th key={c.id} scope="col" title={c.text}>
                    <Link href={`/w/${workspaceId}/map?claim=${c.id}`}>{c.text.length > 70 ? `${c.text.slice(0, 67)}…` : c.text}</Link>
                    <div className="faint">{c.author ?? "own claim"} · {c.type}</div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.members.map((m, row) => (
                <tr key={m.userId}>
                  <th scope="row">
                    {m.label}
                    {m.isYou && <span className="faint"> (you)</span>}
                  </th>
                  {overview.cells[row]!.map((cell, col) => (
                    <td key={overview.claims[col]!.id}>
                      {cell === null ? (
                        <span className="faint" aria-label="no stance">–</span>
                      ) : cell === "hidden" ? (
                        <span className="faint">hidden</span>
                      ) : (
                        <span className={`stance-cell stance-${cell.value}`} title={cell.stale ? "given on an earlier wording" : undefined}>
                          {LABEL[cell.value]}
                          {cell.stale ? " *" : ""}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="faint" style={{ marginTop: 10 }}>* given on an earlier wording of the claim, not yet confirmed.</p>
        </div>
      )}
    </div>
  );
}
