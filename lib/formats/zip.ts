import { inflateRawSync } from "node:zlib";
import { formatBytes } from "./decode-text";
import { FormatError } from "./types";

/**
 * Zip-bomb protection for .docx files, which are zip archives. The central directory at the end of
 * the archive declares every entry's sizes; it is read and judged before anything is unpacked, and
 * then every entry is inflated with a hard cap at its declared size, so an archive that lies about
 * its sizes is caught without ever producing more than it declared.
 */

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Everything unpacked together. */
  maxTotalUncompressed: number;
  /** Unpacked size over packed size, judged only for entries (and totals) of at least `ratioFrom` bytes. */
  maxRatio: number;
  ratioFrom: number;
  maxEntries: number;
}

// A real Word document with 5 MB of text unpacks to well under 50 MB of XML and compresses about
// 10:1 at most; zeros and repeated bytes compress 1000:1.
export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressed: 50 * 1024 * 1024,
  maxRatio: 100,
  ratioFrom: 1024 * 1024,
  maxEntries: 5000,
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

const MALFORMED = "This Word document is damaged: its zip structure cannot be read. Open it in Word and save it again, or save it as PDF.";

function malformed(): FormatError {
  return new FormatError("MALFORMED", MALFORMED);
}

/** Read the central directory. Throws a MALFORMED FormatError when it is missing or inconsistent. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.byteLength - EOCD_SIZE; at >= Math.max(0, bytes.byteLength - EOCD_SIZE - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw malformed();
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64 exists for archives over 4 GB or 65,535 entries, which no readable document needs.
    throw new FormatError("ZIP_BOMB", "This file uses the ZIP64 format meant for archives of several gigabytes; a Word document never needs it, so it was not unpacked.");
  }
  if (offset + size > eocd) throw malformed();

  const entries: ZipEntry[] = [];
  let at = offset;
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw malformed();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.byteLength) throw malformed();
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuse an archive whose declared sizes are those of a zip bomb. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ZipLimits): void {
  if (entries.length > limits.maxEntries) {
    throw new FormatError("ZIP_BOMB", `This file holds ${entries.length} packed files; a Word document has a few dozen. It was not unpacked.`);
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const packed = entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  if (total > limits.maxTotalUncompressed) {
    throw new FormatError(
      "ZIP_BOMB",
      `This Word document would unpack to ${formatBytes(total)}; the limit is ${formatBytes(limits.maxTotalUncompressed)}. It was not unpacked.`,
    );
  }
  for (const entry of entries) {
    if (entry.uncompressedSize >= limits.ratioFrom && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio) {
      throw new FormatError(
        "ZIP_BOMB",
        `This file is compressed more than ${limits.maxRatio} to 1 (${formatBytes(entry.compressedSize)} unpacking to ${formatBytes(entry.uncompressedSize)}), which real documents never are. It looks like a zip bomb and was not unpacked.`,
      );
    }
  }
  if (total >= limits.ratioFrom && total / Math.max(1, packed) > limits.maxRatio) {
    throw new FormatError("ZIP_BOMB", `This file is compressed more than ${limits.maxRatio} to 1 overall, which real documents never are. It looks like a zip bomb and was not unpacked.`);
  }
}

/**
 * Unpack every entry with its declared size as a hard cap and check it yields exactly that much.
 * Afterwards any zip reader (mammoth uses JSZip) can unpack the archive without surprises.
 */
export function verifyEntrySizes(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (entry.flags & 0x1) {
      throw new FormatError("ENCRYPTED", "This Word document is encrypted and cannot be read. Remove the password in Word, save it, and upload it again.");
    }
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw malformed();
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.byteLength) throw malformed();
    const data = bytes.subarray(start, end);
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.uncompressedSize) throw malformed();
      continue;
    }
    if (entry.method !== DEFLATED) throw malformed();
    let produced: number;
    try {
      produced = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).byteLength;
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw new FormatError("ZIP_BOMB", "This file unpacks to more than it declares, a trick used by zip bombs. It was not unpacked.");
      }
      throw malformed();
    }
    if (produced !== entry.uncompressedSize) throw malformed();
  }
}

/** The unpacked bytes of one entry, after {@link verifyEntrySizes} has vouched for its size. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return entry.method === STORED ? data : new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }));
}
