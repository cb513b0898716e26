import type { z } from "zod";
import type { evidenceInputSchema } from "../../../validation/edge";
import type { Db } from "../../db";
import { createAnchor } from "../anchors/create-anchor";

type Evidence = z.output<typeof evidenceInputSchema>;

/** Store evidence for an inference: each quote is anchored in its source, then linked with its note. */
export async function addEvidence(tx: Db, workspaceId: string, inferenceId: string, items: Evidence[]): Promise<void> {
  for (const item of items) {
    const anchor = item.sourceId
      ? await createAnchor(tx, workspaceId, { sourceId: item.sourceId, exact: item.exact, start: item.start, end: item.end })
      : null;
    await tx.evidence.create({ data: { inferenceId, anchorId: anchor?.id ?? null, note: item.note ?? "" } });
  }
}
