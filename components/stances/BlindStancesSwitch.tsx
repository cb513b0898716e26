"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api";

/** The seminar leader's switch: hide others' stances until each member has marked their own. */
export function BlindStancesSwitch({ workspaceId, initial }: { workspaceId: string; initial: boolean }) {
  const router = useRouter();
  const [on, setOn] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    const next = !on;
    setOn(next); // shown at once; put back if the server refuses
    setBusy(true);
    setError(null);
    try {
      await api(`/api/workspaces/${workspaceId}`, { method: "PATCH", body: { blindStances: next } });
      router.refresh();
    } catch (e) {
      setOn(!next);
      setError(e instanceof Error ? e.message : "The setting was not saved.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <div style={{ textAlign: "right" }}>
      <label className="choice" style={{ display: "inline-flex", gap: 8, alignItems: "center", cursor: "pointer" }}>
        <input type="checkbox" role="switch" checked={on} disabled={busy} onChange={toggle} />
        <span>
          <strong>Blind stances</strong>
          <span className="faint" style={{ display: "block" }}>hide others&apos; until members mark their own</span>
        </span>
      </label>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
    </div>
  );
}
