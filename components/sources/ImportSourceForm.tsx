"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { uploadForm, type UploadProgress } from "@/components/ui/upload";
import { ACCEPTED_FILE_TYPES, ACCEPTED_FORMATS_TEXT, FORMAT_LABELS, formatFromFileName, isDocumentFormat } from "@/lib/formats/accepted";
import { formatBytes } from "@/lib/formats/decode-text";
import { reportItems } from "@/lib/formats/report";
import type { SourcePreview } from "@/lib/server/services/sources/preview-source";
import { MAX_DOCUMENT_BYTES, MAX_SOURCE_BYTES } from "@/lib/validation/source";

type Mode = "file" | "paste";

/** What is being imported: kept between the preview and the save, which sends it again. */
type Content = { kind: "file"; file: File } | { kind: "paste"; text: string };

interface Busy {
  purpose: "preview" | "save";
  label: string;
  progress: UploadProgress;
  controller: AbortController;
}

function contentForm(content: Content): FormData {
  const form = new FormData();
  if (content.kind === "file") form.set("file", content.file, content.file.name);
  else form.set("text", content.text);
  return form;
}

/**
 * A size check before anything is sent, with the limits the server applies. A name that says
 * nothing gets the larger limit: the server reads the bytes and applies the right one.
 */
function tooLarge(file: File): string | null {
  const format = formatFromFileName(file.name);
  const limit = format && !isDocumentFormat(format) ? MAX_SOURCE_BYTES : MAX_DOCUMENT_BYTES;
  if (file.size <= limit) return null;
  return `The file is ${formatBytes(file.size)}; the limit for ${format ? FORMAT_LABELS[format] : "uploaded"} files is ${formatBytes(limit)}.`;
}

/**
 * "mass_line-notes.pdf" → "mass line notes": a starting point for the title field, unless the
 * name is a code ("001_683259ac.txt", "scan0042.pdf") rather than words.
 */
function titleFromFileName(name: string): string {
  const words = name
    .replace(/\.[^.]+$/, "")
    .split(/[\s_-]+/)
    .filter(Boolean);
  const real = words.filter((word) => /^\p{L}{2,}$/u.test(word)).length;
  return real > 0 && real * 2 >= words.length ? words.join(" ") : "";
}

export function ImportSourceForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("file");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const [preview, setPreview] = useState<{ content: Content; result: SourcePreview } | null>(null);
  const base = `/api/workspaces/${workspaceId}/sources`;

  /** Send a form with progress shown in `busy`; the answer, or the message to show when it failed. */
  async function upload<T>(purpose: Busy["purpose"], content: Content, url: string, form: FormData): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
    const controller = new AbortController();
    const label = content.kind === "file" ? content.file.name : "pasted text";
    setBusy({ purpose, label, progress: { loaded: 0, total: 0, sent: false }, controller });
    try {
      const value = await uploadForm<T>(url, form, {
        signal: controller.signal,
        onProgress: (progress) => setBusy((current) => (current?.controller === controller ? { ...current, progress } : current)),
      });
      return { ok: true, value };
    } catch (e) {
      setBusy((current) => (current?.controller === controller ? null : current));
      if (e instanceof DOMException && e.name === "AbortError") return { ok: false, message: "Cancelled. Nothing was saved." };
      return { ok: false, message: e instanceof Error ? e.message : "The import failed; nothing was saved." };
    }
  }

  async function previewContent(content: Content) {
    setError(null);
    if (content.kind === "file") {
      const refusal = tooLarge(content.file);
      if (refusal) return setError(refusal);
    } else if (content.text.trim().length === 0) {
      return setError("Paste some text first.");
    }
    const result = await upload<SourcePreview>("preview", content, `${base}/preview`, contentForm(content));
    if (!result.ok) return setError(content.kind === "file" ? `${content.file.name}: ${result.message}` : result.message);
    setBusy(null);
    setPreview({ content, result: result.value });
  }

  /** Save for real; resolves to an error message, or navigates to the new source. */
  async function save(content: Content, meta: { author: string; title: string; year: string }): Promise<string | null> {
    const form = contentForm(content);
    form.set("author", meta.author);
    form.set("title", meta.title);
    form.set("year", meta.year);
    const result = await upload<{ id: string }>("save", content, base, form);
    if (!result.ok) return result.message;
    // `busy` stays set, so the dialog keeps saying "Saving…" until the reader has loaded.
    router.push(`/w/${workspaceId}/sources/${result.value.id}?imported=1`);
    router.refresh();
    return null;
  }

  function chooseFile(file: File | undefined) {
    if (!file) return;
    void previewContent({ kind: "file", file });
  }

  function onDrop(event: React.DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const files = event.dataTransfer.files;
    if (files.length > 1) return setError("Drop one file at a time.");
    chooseFile(files[0]);
  }

  return (
    <section className="card import-card" aria-labelledby="import-title">
      <h2 id="import-title">Import a text</h2>
      <p className="muted import-lede">
        Upload a {ACCEPTED_FORMATS_TEXT} file or paste the text. Line breaks, split words, page headers and footnote marks are
        cleaned up; you see the result before anything is saved.
      </p>
      {error && !preview && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <div className="tabs" role="tablist" aria-label="How to add the text">
        <button type="button" role="tab" aria-selected={mode === "file"} onClick={() => setMode("file")} disabled={busy !== null}>
          Upload a file
        </button>
        <button type="button" role="tab" aria-selected={mode === "paste"} onClick={() => setMode("paste")} disabled={busy !== null}>
          Paste text
        </button>
      </div>
      {busy?.purpose === "preview" ? (
        <UploadStatus busy={busy} onCancel={() => busy.controller.abort()} />
      ) : mode === "file" ? (
        <div
          className={`dropzone${dragging ? " dragging" : ""}`}
          data-testid="dropzone"
          onDragEnter={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = "copy";
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={onDrop}
        >
          <input
            id="src-file"
            className="visually-hidden"
            type="file"
            accept={ACCEPTED_FILE_TYPES}
            onChange={(e) => {
              chooseFile(e.target.files?.[0]);
              // Choosing the same file again after cancelling must fire onChange again.
              e.target.value = "";
            }}
          />
          <label htmlFor="src-file">
            <svg className="dropzone-icon" width="28" height="28" viewBox="0 0 24 24" fill="none" aria-hidden="true">
              <path d="M12 15V4m0 0L7.5 8.5M12 4l4.5 4.5M5 14v4a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span className="dropzone-title">
              Drop a file here or <span className="dropzone-link">choose one</span>
            </span>
            <span className="hint">
              {ACCEPTED_FORMATS_TEXT}
              <br />
              PDF and Word up to {formatBytes(MAX_DOCUMENT_BYTES)}, other files up to {formatBytes(MAX_SOURCE_BYTES)}
            </span>
          </label>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="src-text">Text</label>
          <textarea className="textarea" id="src-text" rows={8} placeholder="Paste the text here" value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <button type="button" className="btn btn-primary" style={{ alignSelf: "flex-start", marginTop: 6 }} onClick={() => void previewContent({ kind: "paste", text: pasted })}>
            Preview
          </button>
        </div>
      )}
      {preview && (
        <PreviewDialog
          preview={preview.result}
          content={preview.content}
          busy={busy?.purpose === "save" ? busy : null}
          onCancelUpload={() => busy?.controller.abort()}
          onClose={() => {
            if (busy) busy.controller.abort();
            setPreview(null);
            setError(null);
          }}
          onSave={(meta) => save(preview.content, meta)}
        />
      )}
    </section>
  );
}

function UploadStatus({ busy, onCancel }: { busy: Busy; onCancel: () => void }) {
  const { progress } = busy;
  const percent = progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  const reading = progress.sent;
  const status = reading ? (busy.purpose === "save" ? "Saving…" : "Reading the text…") : `Uploading ${busy.label}`;
  return (
    <div className="upload-status" data-testid="upload-status">
      <div className="upload-status-row">
        <span aria-live="polite">{status}</span>
        {!reading && progress.total > 0 && <span className="faint">{percent}%</span>}
        <button type="button" className="btn btn-sm btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <div
        className={`progress${reading ? " indeterminate" : ""}`}
        role="progressbar"
        aria-label={`Uploading ${busy.label}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={reading ? undefined : percent}
        aria-valuetext={reading ? status : `${percent}% of ${formatBytes(progress.total)}`}
      >
        <div className="progress-bar" style={reading ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}

function PreviewDialog({
  preview,
  content,
  busy,
  onCancelUpload,
  onClose,
  onSave,
}: {
  preview: SourcePreview;
  content: Content;
  busy: Busy | null;
  onCancelUpload: () => void;
  onClose: () => void;
  onSave: (meta: { author: string; title: string; year: string }) => Promise<string | null>;
}) {
  const [error, setError] = useState<string | null>(null);
  const authorField = useRef<HTMLInputElement>(null);
  const titleField = useRef<HTMLInputElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const defaultTitle = preview.metadata.title ?? (content.kind === "file" ? titleFromFileName(content.file.name) : "");
  const defaultAuthor = preview.metadata.author ?? "";
  const items = reportItems(preview.report);
  const shown = preview.excerpt.length;
  const more = preview.paragraphs - shown;

  useEffect(() => {
    // Start where there is something to do: an empty field, else the save button.
    (defaultAuthor ? (defaultTitle ? saveButton : titleField) : authorField).current?.focus();
  }, [defaultAuthor, defaultTitle]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const meta = { author: String(form.get("author") ?? "").trim(), title: String(form.get("title") ?? "").trim(), year: String(form.get("year") ?? "").trim() };
    if (!meta.author) return setError("Who wrote it? Enter an author.");
    if (!meta.title) return setError("Enter a title.");
    setError(null);
    const failure = await onSave(meta);
    if (failure) setError(failure);
  }

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <div className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="preview-title" data-testid="import-preview">
        <div className="preview-head">
          <div>
            <h2 id="preview-title">Check the text before saving</h2>
            <p className="muted preview-facts">
              <span className="badge badge-format">{FORMAT_LABELS[preview.format]}</span>
              {preview.fileName && <span className="preview-file">{preview.fileName}</span>}
              <span>
                {preview.paragraphs.toLocaleString("en")} paragraphs · {preview.characters.toLocaleString("en")} characters
              </span>
            </p>
          </div>
          <button type="button" className="btn btn-ghost btn-sm" onClick={onClose} aria-label="Close the preview">
            ✕
          </button>
        </div>
        <div className="preview-grid">
          <section className="preview-text" aria-labelledby="preview-excerpt-title">
            <h3 id="preview-excerpt-title">How it will read</h3>
            <div className="preview-excerpt" tabIndex={0} aria-label="Opening paragraphs of the cleaned-up text" data-testid="preview-excerpt">
              {preview.excerpt.map((p, i) =>
                p.kind === "heading" ? (
                  <h4 key={i} className="pv-heading">
                    {p.text}
                  </h4>
                ) : (
                  <p key={i} className={p.kind === "footnote" ? "pv-footnote" : undefined}>
                    {p.text}
                  </p>
                ),
              )}
              {more > 0 && <p className="faint pv-more">… and {more.toLocaleString("en")} more paragraphs.</p>}
            </div>
          </section>
          <div className="preview-side">
            <section aria-labelledby="preview-report-title" data-testid="preview-report">
              <h3 id="preview-report-title">What was cleaned up</h3>
              {items.length > 0 ? (
                <ul className="report-list">
                  {items.map((item) => (
                    <li key={item.key}>
                      <strong>{item.count.toLocaleString("en")}</strong> {item.label}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="faint">Nothing needed cleaning up.</p>
              )}
            </section>
            <section aria-labelledby="preview-outline-title" data-testid="preview-outline">
              <h3 id="preview-outline-title">Outline{preview.outlineTotal > 0 ? ` (${preview.outlineTotal})` : ""}</h3>
              {preview.outline.length > 0 ? (
                <ol className="outline-list">
                  {preview.outline.map((entry, i) => (
                    <li key={i} className={`ol-level-${Math.min(entry.level, 3)}`}>
                      {entry.text}
                    </li>
                  ))}
                  {preview.outlineTotal > preview.outline.length && <li className="faint">… {preview.outlineTotal - preview.outline.length} more</li>}
                </ol>
              ) : (
                <p className="faint">No headings found; the text will read as one section.</p>
              )}
            </section>
          </div>
        </div>
        <form className="preview-form" onSubmit={onSubmit} noValidate>
          {error && (
            <div className="alert alert-error" role="alert">
              {error}
            </div>
          )}
          <div className="preview-fields">
            <div className="field">
              <label htmlFor="src-author">Author</label>
              <input ref={authorField} className="input" id="src-author" name="author" required maxLength={200} defaultValue={defaultAuthor} />
            </div>
            <div className="field field-title">
              <label htmlFor="src-title">Title</label>
              <input ref={titleField} className="input" id="src-title" name="title" required maxLength={300} defaultValue={defaultTitle} />
            </div>
            <div className="field field-year">
              <label htmlFor="src-year">Year</label>
              <input className="input" id="src-year" name="year" inputMode="numeric" maxLength={5} />
            </div>
          </div>
          {busy && <UploadStatus busy={busy} onCancel={onCancelUpload} />}
          <div className="dialog-actions">
            <button className="btn" type="button" onClick={onClose}>
              {content.kind === "file" ? "Choose another file" : "Back to the text"}
            </button>
            <button ref={saveButton} className="btn btn-primary" type="submit" disabled={busy !== null}>
              {busy ? "Saving…" : "Save source"}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
