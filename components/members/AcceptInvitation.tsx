"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api";

/** Accept an invitation: by its link's token, or (addressed invitations) by id from the workspace list. */
export function AcceptInvitation({ token, invitationId, workspaceId, compact = false }: { token?: string; invitationId?: string; workspaceId: string; compact?: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);

  async function answer(choice: "accept" | "decline") {
    setBusy(true);
    setError(null);
    try {
      if (token) await api(`/api/invitations/${token}`, { method: "POST" });
      else await api(`/api/me/invitations/${invitationId}`, { body: { answer: choice } });
      if (choice === "accept") router.push(`/w/${workspaceId}/map`);
      else {
        setDeclined(true);
        router.refresh();
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : "That did not work.");
      setBusy(false);
    }
  }

  if (declined) return <span className="faint">Declined.</span>;
  return (
    <div>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      <div style={{ display: "flex", gap: 8 }}>
        <button className={`btn btn-primary${compact ? " btn-sm" : ""}`} onClick={() => answer("accept")} disabled={busy}>
          {busy ? "Joining…" : "Accept and join"}
        </button>
        {invitationId && (
          <button className={`btn${compact ? " btn-sm" : ""}`} onClick={() => answer("decline")} disabled={busy}>
            Decline
          </button>
        )}
      </div>
    </div>
  );
}
