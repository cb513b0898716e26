"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api";
import { formatBytes } from "@/lib/formats/decode-text";
import { MAX_SOURCE_BYTES } from "@/lib/validation/source";

type Mode = "file" | "paste";

export function ImportSourceForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("file");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (mode === "file") {
      form.delete("text");
      if (!(file instanceof File) || file.size === 0) {
        setError("Choose a .txt file to upload, or switch to “Paste text”.");
        return;
      }
      if (file.size > MAX_SOURCE_BYTES) {
        setError(`The file is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_SOURCE_BYTES)}.`);
        return;
      }
    } else {
      form.delete("file");
    }
    setPending(true);
    setError(null);
    try {
      const created = await api<{ id: string }>(`/api/workspaces/${workspaceId}/sources`, { form });
      router.push(`/w/${workspaceId}/sources/${created.id}?imported=1`);
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : "The import failed; nothing was saved.");
      setPending(false);
    }
  }

  return (
    <form className="card" style={{ padding: 22 }} onSubmit={onSubmit} aria-labelledby="import-title" noValidate>
      <h2 id="import-title">Import a text</h2>
      <p className="muted" style={{ fontSize: 14 }}>
        Upload a plain-text file or paste the text. Line breaks, split words, page headers and footnote marks left by PDF
        and web extraction are cleaned up; the original is kept.
      </p>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      <div className="tabs" role="tablist" aria-label="How to add the text">
        <button type="button" role="tab" aria-selected={mode === "file"} onClick={() => setMode("file")}>Upload a file</button>
        <button type="button" role="tab" aria-selected={mode === "paste"} onClick={() => setMode("paste")}>Paste text</button>
      </div>
      {mode === "file" ? (
        <div className="field">
          <label htmlFor="src-file">Text file</label>
          <input className="input" id="src-file" name="file" type="file" accept=".txt,text/plain" />
          <span className="hint">UTF-8 plain text, up to {formatBytes(MAX_SOURCE_BYTES)}.</span>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="src-text">Text</label>
          <textarea className="textarea" id="src-text" name="text" rows={8} placeholder="Paste the text here" />
        </div>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor="src-author">Author</label>
          <input className="input" id="src-author" name="author" required maxLength={200} />
        </div>
        <div className="field" style={{ flex: "0 0 110px" }}>
          <label htmlFor="src-year">Year</label>
          <input className="input" id="src-year" name="year" inputMode="numeric" maxLength={5} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="src-title">Title</label>
        <input className="input" id="src-title" name="title" required maxLength={300} />
      </div>
      <button className="btn btn-primary" type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import text"}
      </button>
    </form>
  );
}
