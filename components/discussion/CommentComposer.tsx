"use client";

import { useId, useState } from "react";
import { ErrorNote, useSubmit } from "@/components/map/dialogs";
import { MAX_COMMENT_BODY } from "@/lib/validation/comment";

interface Props {
  label: string;
  submitLabel: string;
  initialBody?: string;
  /** Shown above the text box, e.g. the saved version after a conflict. */
  notice?: React.ReactNode;
  autoFocus?: boolean;
  /** Resolve to `"keep"` to leave the text in the box (a conflict the person should look at). */
  onSubmit: (body: string) => Promise<void | "keep">;
  onCancel?: () => void;
}

/** A Markdown text box with a short syntax hint; Ctrl/⌘+Enter posts. The text survives errors. */
export function CommentComposer({ label, submitLabel, initialBody = "", notice, autoFocus, onSubmit, onCancel }: Props) {
  const [body, setBody] = useState(initialBody);
  const submit = useSubmit();
  const id = useId();

  async function send() {
    if (!body.trim()) return submit.setError("Write something first.");
    await submit.run(async () => {
      if ((await onSubmit(body)) !== "keep") setBody("");
    });
  }

  return (
    <form
      className="comment-composer"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {notice}
      <label className="visually-hidden" htmlFor={`${id}-body`}>{label}</label>
      <textarea
        className="textarea"
        id={`${id}-body`}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void send();
          }
        }}
        placeholder={label}
        rows={3}
        maxLength={MAX_COMMENT_BODY}
        autoFocus={autoFocus}
        aria-describedby={`${id}-hint`}
      />
      <ErrorNote error={submit.error} />
      <div className="comment-composer-footer">
        <p className="comment-hint" id={`${id}-hint`}>
          Markdown: <code>**bold**</code> <code>*italics*</code> <code>[link](https://…)</code> <code>&gt; quote</code>
        </p>
        {onCancel && (
          <button className="btn btn-sm btn-ghost" type="button" onClick={onCancel}>Cancel</button>
        )}
        <button className="btn btn-sm btn-primary" type="submit" disabled={submit.busy}>
          {submit.busy ? "Sending…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
