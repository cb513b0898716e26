import { z } from "zod";

export const createWorkspaceSchema = z.object({
  name: z.string().trim().min(1, "Give the workspace a name.").max(120, "Keep the name under 120 characters."),
  description: z.string().trim().max(2000).optional().default(""),
});
export type CreateWorkspaceInput = z.input<typeof createWorkspaceSchema>;
