import { z } from "zod";

export const STANCE_VALUES = ["agree", "disagree", "unsure"] as const;
export type StanceValue = (typeof STANCE_VALUES)[number];

export const setStanceSchema = z.object({
  value: z.enum(STANCE_VALUES, { message: "A stance is agree, disagree or unsure." }),
});

export const workspaceSettingsSchema = z.object({
  blindStances: z.boolean().optional(),
  name: z.string().trim().min(1, "Give the workspace a name.").max(120).optional(),
});
