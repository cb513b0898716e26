import { z } from "zod";
import { MAX_QUERY_LENGTH } from "../search/fts-query";

export const searchQuerySchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, `Keep a search under ${MAX_QUERY_LENGTH} characters.`),
});
