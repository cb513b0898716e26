import { z } from "zod";

/** `/map?shape=`: the documented full answer (the default) or the compact form the map page loads (lib/graph/map-wire.ts). */
export const mapShapeSchema = z.enum(["full", "compact"], { message: 'shape must be "full" or "compact".' }).default("full");
