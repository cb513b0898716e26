"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { uploadForm, type UploadProgress } from "@/components/ui/upload";
import type { RevisionAnchorCounts } from "@/lib/anchoring";
import { ACCEPTED_FILE_TYPES, ACCEPTED_FORMATS_TEXT } from "@/lib/formats/accepted";
import { formatBytes } from "@/lib/formats/decode-text";
import type { RevisedSource } from "@/lib/server/services/sources/revise-source";

type Mode = "edit" | "file";

/**
 * Revise a source: edit its cleaned text here, or upload a corrected extraction (any import format).
 * Claims follow their words into the new revision; the answer says how many did, and which need a look.
 */
export function ReviseSourceForm({
  workspaceId,
  sourceId,
  version,
  revisionNumber,
  text,
}: {
  workspaceId: string;
  sourceId: string;
  version: number;
  revisionNumber: number;
  text: string;
}) {
  const [mode, setMode] = useState<Mode>("edit");
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<RevisedSource | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const readerUrl = `/w/${workspaceId}/sources/${sourceId}`;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const form = new FormData();
    form.set("version", String(version));
    if (mode === "file") {
      if (!file) return setError("Choose the corrected file first.");
      form.set("file", file, file.name);
    } else {
      const edited = textRef.current?.value ?? "";
      if (edited === text) return setError("The text is unchanged. Edit it, or upload a corrected file.");
      form.set("text", edited);
    }
    setError(null);
    setProgress({ loaded: 0, total: 0, sent: false });
    try {
      setResult(await uploadForm<RevisedSource>(`/api/workspaces/${workspaceId}/sources/${sourceId}/revisions`, form, { onProgress: setProgress }));
    } catch (e) {
      setError(e instanceof Error ? e.message : "The revision could not be saved.");
    } finally {
      setProgress(null);
    }
  }

  if (result) return <RevisionReport result={result} readerUrl={readerUrl} />;

  return (
    <form className="card revise-form" onSubmit={onSubmit} aria-labelledby="revise-heading">
      <h2 id="revise-heading">New revision ({revisionNumber + 1})</h2>
      <p className="muted">
        Claims and evidence quotes move with their words. Those whose words are gone are kept and listed for you to re-attach; nothing is deleted.
      </p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <div className="tabs" role="tablist" aria-label="How to revise the text">
        <button type="button" role="tab" aria-selected={mode === "edit"} onClick={() => setMode("edit")} disabled={progress !== null}>
          Edit the text
        </button>
        <button type="button" role="tab" aria-selected={mode === "file"} onClick={() => setMode("file")} disabled={progress !== null}>
          Upload a corrected file
        </button>
      </div>
      {mode === "edit" ? (
        <div className="field">
          <label htmlFor="revise-text">Text of revision {revisionNumber} (paragraphs separated by a blank line)</label>
          {/* Uncontrolled: a book's worth of text re-rendered on every keystroke would lag. */}
          <textarea ref={textRef} className="textarea revise-textarea" id="revise-text" defaultValue={text} spellCheck={false} data-testid="revise-text" />
          <span className="hint">{text.length.toLocaleString("en")} characters. It goes through the same clean-up as an import.</span>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="revise-file">Corrected file</label>
          <input id="revise-file" type="file" accept={ACCEPTED_FILE_TYPES} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <span className="hint">{ACCEPTED_FORMATS_TEXT}{file ? ` · ${file.name}, ${formatBytes(file.size)}` : ""}</span>
        </div>
      )}
      <div className="dialog-actions">
        <Link className="btn" href={readerUrl}>
          Cancel
        </Link>
        <button className="btn btn-primary" type="submit" disabled={progress !== null}>
          {progress === null ? "Save revision" : progress.sent ? "Re-anchoring claims…" : "Sending…"}
        </button>
      </div>
    </form>
  );
}

function RevisionReport({ result, readerUrl }: { result: RevisedSource; readerUrl: string }) {
  const { exact, fuzzy, orphaned } = result.anchors;
  const rows: { key: keyof RevisionAnchorCounts; label: string; help: string }[] = [
    { key: "exact", label: "at exactly their words", help: "found unchanged" },
    { key: "fuzzy", label: "moved to revised words", help: "words changed slightly; check those listed for review" },
    { key: "orphaned", label: "orphaned", help: "words not found; kept with their old quote for you to re-attach" },
  ];
  return (
    <section className="card revise-form" role="status" aria-labelledby="revised-heading" data-testid="revision-report">
      <h2 id="revised-heading">Revision {result.revisionNumber} saved</h2>
      <dl className="revision-counts">
        {rows.map((row) => (
          <div key={row.key} className={`revision-count revision-count-${row.key}`} data-testid={`count-${row.key}`}>
            <dt>{result.anchors[row.key]}</dt>
            <dd>
              <strong>{row.label}</strong>
              <span className="faint">{row.help}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {exact + fuzzy + orphaned === 0 ? "No claims or evidence quotes were anchored in this text." : orphaned > 0 ? "The orphaned passages are listed beside the text under “Needs review”." : "Every passage was placed."}
      </p>
      <Link className="btn btn-primary" href={readerUrl} data-testid="open-reader">
        {orphaned > 0 ? "Review in the reader →" : "Open the reader →"}
      </Link>
    </section>
  );
}
