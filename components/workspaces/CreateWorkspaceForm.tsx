"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api";

export function CreateWorkspaceForm() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const created = await api<{ id: string }>("/api/workspaces", {
        body: { name: String(form.get("name") ?? ""), description: String(form.get("description") ?? "") },
      });
      router.push(`/w/${created.id}/sources`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not create the workspace.");
      setPending(false);
    }
  }

  if (!open) {
    return (
      <button className="btn btn-primary" type="button" onClick={() => setOpen(true)}>
        New workspace
      </button>
    );
  }
  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="new-ws-title" onSubmit={onSubmit}>
        <h2 id="new-ws-title">New workspace</h2>
        <p className="muted">A workspace holds the texts a group reads and the map of their arguments.</p>
        {error && <div className="alert alert-error" role="alert">{error}</div>}
        <div className="field">
          <label htmlFor="ws-name">Name</label>
          <input className="input" id="ws-name" name="name" required maxLength={120} autoFocus placeholder="e.g. Tuesday seminar: theories of the state" />
        </div>
        <div className="field">
          <label htmlFor="ws-description">Description <span className="faint">(optional)</span></label>
          <textarea className="textarea" id="ws-description" name="description" maxLength={2000} rows={3} />
        </div>
        <div className="dialog-actions">
          <button className="btn" type="button" onClick={() => setOpen(false)}>Cancel</button>
          <button className="btn btn-primary" type="submit" disabled={pending}>{pending ? "Creating…" : "Create workspace"}</button>
        </div>
      </form>
    </div>
  );
}
