"use client";

import { useRouter } from "next/navigation";
import { api } from "@/components/ui/api";
import { useSubmit } from "@/components/map/dialogs";

/** Print (and so PDF, through the browser's print dialog and the print stylesheet). */
export function PrintButton() {
  return (
    <button className="btn btn-sm" type="button" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}

/** Freeze the brief as it is now and open the snapshot. */
export function SnapshotButton({ workspaceId, briefId }: { workspaceId: string; briefId: string }) {
  const router = useRouter();
  const take = useSubmit();
  return (
    <>
      <button
        className="btn btn-sm"
        type="button"
        disabled={take.busy}
        onClick={() =>
          take.run(async () => {
            const snapshot = await api<{ id: string }>(`/api/workspaces/${workspaceId}/briefs/${briefId}/snapshots`, { method: "POST" });
            router.push(`/w/${workspaceId}/briefs/${briefId}?snapshot=${snapshot.id}`);
            router.refresh();
          })
        }
      >
        {take.busy ? "Taking snapshot…" : "Take a snapshot"}
      </button>
      {take.error && <span role="alert" className="brief-inline-error">{take.error}</span>}
    </>
  );
}
