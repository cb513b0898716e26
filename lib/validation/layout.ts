import { z } from "zod";
import { LAYOUT_ALGORITHMS } from "../graph/layout";
import { positionSchema } from "./claim";

export const MAX_LAYOUT_CLAIMS = 20_000;

/** A re-layout: the arrangement chosen and where every claim goes, saved as one change. */
export const relayoutSchema = z.object({
  algorithm: z.enum(LAYOUT_ALGORITHMS),
  positions: z
    .record(z.string().min(1).max(100), positionSchema)
    .refine((p) => Object.keys(p).length > 0, "Send at least one claim's position.")
    .refine((p) => Object.keys(p).length <= MAX_LAYOUT_CLAIMS, `A layout may place at most ${MAX_LAYOUT_CLAIMS} claims.`),
});
export type RelayoutInput = z.input<typeof relayoutSchema>;
