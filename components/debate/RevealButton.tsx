"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api";
import { Dialog, ErrorNote, useSubmit } from "@/components/map/dialogs";

/** "Reveal both briefs", after a confirmation that says who will see what; there is no way back. */
export function RevealButton({ workspaceId, debateId, version, motion }: { workspaceId: string; debateId: string; version: number; motion: string }) {
  const [open, setOpen] = useState(false);
  const submit = useSubmit();
  const router = useRouter();

  function reveal() {
    void submit.run(async () => {
      await api(`/api/workspaces/${workspaceId}/debates/${debateId}/reveal`, { body: { version } });
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <>
      <button className="btn btn-sm btn-primary" type="button" onClick={() => setOpen(true)}>Reveal both briefs…</button>
      {open && (
        <Dialog title="Reveal both briefs?" labelId={`reveal-${debateId}`} onClose={() => setOpen(false)} onSubmit={reveal}>
          <p className="muted" style={{ marginTop: 0 }}>The debate on:</p>
          <blockquote className="quote" style={{ fontFamily: "var(--font-ui)", fontSize: 14 }}>{motion}</blockquote>
          <p>Every member of the workspace will be able to read both sides’ briefs. This is recorded in the activity log and cannot be undone.</p>
          <ErrorNote error={submit.error} />
          <div className="dialog-actions">
            <button className="btn" type="button" onClick={() => setOpen(false)} autoFocus>Cancel</button>
            <button className="btn btn-primary" type="submit" disabled={submit.busy}>{submit.busy ? "Revealing…" : "Reveal both briefs"}</button>
          </div>
        </Dialog>
      )}
    </>
  );
}
