import { AppError, type ErrorCode } from "../../../errors";
import { prepareSource, type ExtractionFailureCode, type ExtractionInput, type PreparedSource } from "../../../formats";
import { SOURCE_LIMITS } from "../../../validation/source";

/** What an import receives: an uploaded file (its name helps detect the format), or pasted text. */
export type SourceContent = ExtractionInput;

const STATUS_CODE: Partial<Record<ExtractionFailureCode, ErrorCode>> = {
  TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED: "UNSUPPORTED_MEDIA",
};

/**
 * Run the import pipeline (lib/formats) on uploaded content, turning a refusal into an AppError
 * whose `details.reason` names it ("ENCRYPTED", "ZIP_BOMB", ...). Reads nothing from the database.
 */
export async function prepareContent(content: SourceContent): Promise<PreparedSource> {
  const prepared = await prepareSource(content, SOURCE_LIMITS);
  if (!prepared.ok) throw new AppError(STATUS_CODE[prepared.code] ?? "VALIDATION", prepared.message, { reason: prepared.code });
  return prepared.value;
}
