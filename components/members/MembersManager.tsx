"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api";
import { ROLES, roleWithArticle } from "@/lib/permissions";
import { INVITATION_LIFETIMES } from "@/lib/validation/member";
import type { MemberSummary } from "@/lib/server/services/members/list-members";
import type { InvitationSummary } from "@/lib/server/services/invitations/invitations";

const ROLE_HELP: Record<string, string> = {
  owner: "everything, including members",
  editor: "texts, claims and edges",
  commenter: "comments and stances",
  viewer: "reads only",
};

interface Props {
  workspaceId: string;
  initialMembers: MemberSummary[];
  initialInvitations: InvitationSummary[];
  manages: boolean;
}

export function MembersManager({ workspaceId, initialMembers, initialInvitations, manages }: Props) {
  const router = useRouter();
  const [members, setMembers] = useState(initialMembers);
  const [invitations, setInvitations] = useState(initialInvitations);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [newLink, setNewLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/workspaces/${workspaceId}`;

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : "That did not work.");
    } finally {
      setBusy(false);
    }
  }

  const reload = async () => {
    setMembers((await api<{ members: MemberSummary[] }>(`${base}/members`)).members);
    if (manages) setInvitations(await api<InvitationSummary[]>(`${base}/invitations`));
  };

  const changeRole = (member: MemberSummary, role: string) =>
    attempt(async () => {
      try {
        await api(`${base}/members/${member.id}`, { method: "PATCH", body: { role } });
        setNotice(`${member.email} is now ${roleWithArticle(role)}.`);
      } finally {
        await reload(); // on a refusal the select must show the role that is really stored
      }
    });

  const remove = (member: MemberSummary) =>
    attempt(async () => {
      const leaving = member.isYou;
      if (!window.confirm(leaving ? "Leave this workspace? You will need a new invitation to come back." : `Remove ${member.email} from this workspace?`)) return;
      await api(`${base}/members/${member.id}`, { method: "DELETE" });
      if (leaving) {
        router.push("/workspaces");
        return;
      }
      await reload();
      setNotice(`${member.email} was removed.`);
    });

  const invite = (form: HTMLFormElement) =>
    attempt(async () => {
      const data = new FormData(form);
      const email = String(data.get("email") ?? "").trim();
      const created = await api<InvitationSummary & { token: string }>(`${base}/invitations`, {
        body: { role: data.get("role"), email, expiresInDays: Number(data.get("expires")) },
      });
      form.reset();
      await reload();
      if (created.kind === "link") setNewLink(`${window.location.origin}/invite/${created.token}`);
      else {
        setNewLink(null);
        setNotice(`${created.email} will find the invitation in their list of workspaces.`);
      }
    });

  const revoke = (invitation: InvitationSummary) =>
    attempt(async () => {
      await api(`${base}/invitations/${invitation.id}`, { method: "DELETE" });
      await reload();
      setNotice("The invitation was withdrawn; its link no longer works.");
    });

  const pending = invitations.filter((i) => i.status === "pending");
  return (
    <div className="members-layout">
      <section className="card members-card" aria-labelledby="members-heading">
        <h2 id="members-heading">People ({members.length})</h2>
        {error && <div className="alert alert-error" role="alert">{error}</div>}
        {notice && <div className="alert alert-info" role="status">{notice}</div>}
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Role</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} data-testid="member-row">
                <td>
                  <strong>{m.name ?? m.email}</strong>
                  {m.isYou && <span className="badge" style={{ marginLeft: 8 }}>you</span>}
                  {m.name && <div className="faint">{m.email}</div>}
                </td>
                <td>
                  {manages ? (
                    <select className="select select-sm" aria-label={`Role of ${m.email}`} value={m.role} disabled={busy} onChange={(e) => changeRole(m, e.target.value)}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className="badge">{m.role}</span>
                  )}
                  <div className="faint" style={{ fontSize: 12.5 }}>{ROLE_HELP[m.role]}</div>
                </td>
                <td style={{ textAlign: "right" }}>
                  {m.isYou ? (
                    <button className="btn btn-sm" onClick={() => remove(m)} disabled={busy}>Leave workspace</button>
                  ) : (
                    manages && (
                      <button className="btn btn-sm btn-danger" onClick={() => remove(m)} disabled={busy} aria-label={`Remove ${m.email}`}>
                        Remove
                      </button>
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {manages && (
        <aside className="members-side">
          <section className="card" aria-labelledby="invite-heading">
            <h2 id="invite-heading">Invite</h2>
            <form onSubmit={(e) => { e.preventDefault(); void invite(e.currentTarget); }}>
              <div className="field">
                <label htmlFor="invite-email">Email <span className="faint">(optional: leave empty for a link)</span></label>
                <input className="input" id="invite-email" name="email" type="email" autoComplete="off" placeholder="someone@example.org" />
              </div>
              <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 12 }}>
                <div className="field">
                  <label htmlFor="invite-role">Role</label>
                  <select className="select" id="invite-role" name="role" defaultValue="commenter">
                    {ROLES.map((r) => (
                      <option key={r} value={r}>{r}</option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="invite-expires">Expires after</label>
                  <select className="select" id="invite-expires" name="expires" defaultValue="7">
                    {INVITATION_LIFETIMES.map((d) => (
                      <option key={d} value={d}>{d === 1 ? "1 day" : `${d} days`}</option>
                    ))}
                  </select>
                </div>
              </div>
              <button className="btn btn-primary" type="submit" disabled={busy}>Create invitation</button>
            </form>
            {newLink && (
              <div className="invite-link" data-testid="invite-link">
                <label htmlFor="invite-link-value" className="label">Share this link (shown once)</label>
                <div style={{ display: "flex", gap: 8 }}>
                  <input className="input" id="invite-link-value" readOnly value={newLink} onFocus={(e) => e.currentTarget.select()} />
                  <button className="btn btn-sm" type="button" onClick={() => void navigator.clipboard?.writeText(newLink).then(() => setNotice("Link copied."))}>
                    Copy
                  </button>
                </div>
              </div>
            )}
          </section>

          <section className="card" aria-labelledby="pending-heading">
            <h2 id="pending-heading">Pending invitations ({pending.length})</h2>
            {pending.length === 0 && <p className="faint">None. Links and addressed invitations you create appear here until they are used or expire.</p>}
            <ul className="plain-list">
              {pending.map((i) => (
                <li key={i.id} data-testid="invitation-row">
                  <span>
                    <strong>{i.email ?? "Link"}</strong> · {i.role}
                    <span className="faint" style={{ display: "block", fontSize: 12.5 }}>
                      expires {new Date(i.expiresAt).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" })}
                    </span>
                  </span>
                  <button className="btn btn-sm btn-ghost" onClick={() => revoke(i)} disabled={busy} aria-label={`Withdraw the invitation ${i.email ? `to ${i.email}` : `link for ${roleWithArticle(i.role)}`}`}>
                    Withdraw
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      )}
    </div>
  );
}
