"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api } from "@/components/ui/api";
import { sourceColor } from "@/lib/graph/palette";
import { segmentParagraph, type Highlight } from "@/lib/reader/segments";
import type { Paragraph, FootnoteRef } from "@/lib/text";
import type { ReaderSource } from "@/lib/server/services/sources/get-source";
import { CLAIM_TYPES } from "@/lib/validation/claim";
import { selectionOffsets } from "./selection-offsets";

interface PendingSelection {
  start: number;
  end: number;
  exact: string;
  x: number;
  y: number;
}

const ParagraphView = memo(function ParagraphView({
  paragraph,
  text,
  highlights,
  footnotes,
  activeId,
  color,
}: {
  paragraph: Paragraph;
  text: string;
  highlights: Highlight[];
  footnotes: FootnoteRef[];
  activeId: string | null;
  color: string;
}) {
  const runs = segmentParagraph(paragraph, highlights, footnotes);
  const children = runs.map((run) => {
    const words = text.slice(run.start, run.end);
    const ids = run.highlightIds;
    const marks = run.footnotesAfter.map((label) => (
      <sup key={`fn-${run.end}-${label}`} className="fn" aria-label={`note ${label}`}>
        {label}
      </sup>
    ));
    if (ids.length === 0) {
      return [
        <span key={run.start} data-o={run.start} data-e={run.end}>
          {words}
        </span>,
        ...marks,
      ];
    }
    const className = `hl${ids.length > 1 ? " hl-2" : ""}${activeId && ids.includes(activeId) ? " active" : ""}`;
    return [
      <span key={run.start} data-o={run.start} data-e={run.end} data-claims={ids.join(" ")} className={className} id={`claim-${ids[0]}-${run.start}`}>
        {words}
      </span>,
      ...marks,
    ];
  });
  const style = { "--hl": color } as React.CSSProperties;
  if (paragraph.kind === "heading") return <h2 className="r-heading">{children}</h2>;
  return (
    <p className={`${paragraph.kind === "footnote" ? "r-footnote" : ""}${highlights.length ? " has-claim" : ""}`} style={style}>
      {children}
    </p>
  );
});

export function Reader({ source, canEdit }: { source: ReaderSource; canEdit: boolean }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const textRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(searchParams.get("claim"));
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [composing, setComposing] = useState<PendingSelection | null>(null);
  const color = sourceColor(source.colorIndex);
  const base = `/w/${source.workspaceId}`;

  const highlights = useMemo(() => source.claims.map((c) => ({ id: c.id, start: c.start, end: c.end })), [source.claims]);
  const byParagraph = useMemo(
    () =>
      source.paragraphs.map((p) => ({
        highlights: highlights.filter((h) => h.start < p.end && h.end > p.start),
        footnotes: source.footnotes.filter((f) => f.at > p.start && f.at <= p.end),
      })),
    [source.paragraphs, source.footnotes, highlights],
  );
  const activeClaim = source.claims.find((c) => c.id === activeId) ?? null;

  const scrollToClaim = useCallback((id: string) => {
    const run = textRef.current?.querySelector<HTMLElement>(`[data-claims~="${CSS.escape(id)}"]`);
    run?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);

  useEffect(() => {
    // Tests and screenshots wait for this: selections only work once React handles events.
    textRef.current?.setAttribute("data-ready", "true");
  }, []);

  useEffect(() => {
    const fromUrl = searchParams.get("claim");
    if (fromUrl) {
      setActiveId(fromUrl);
      requestAnimationFrame(() => scrollToClaim(fromUrl));
    }
  }, [searchParams, scrollToClaim]);

  const onSelectionEnd = useCallback(() => {
    if (!canEdit || !textRef.current) return;
    const selection = window.getSelection();
    const offsets = selectionOffsets(selection, textRef.current);
    if (!offsets || !selection) {
      setPending(null);
      return;
    }
    let { start, end } = offsets;
    while (start < end && /\s/.test(source.text[start]!)) start++;
    while (end > start && /\s/.test(source.text[end - 1]!)) end--;
    if (start >= end) return setPending(null);
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    setPending({ start, end, exact: source.text.slice(start, end), x: rect.left + rect.width / 2, y: rect.top });
  }, [canEdit, source.text]);

  useEffect(() => {
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.shiftKey || e.key === "Shift") onSelectionEnd();
      if (e.key === "Escape") setPending(null);
    };
    document.addEventListener("keyup", onKeyUp);
    return () => document.removeEventListener("keyup", onKeyUp);
  }, [onSelectionEnd]);

  function onTextClick(event: React.MouseEvent) {
    if (window.getSelection()?.isCollapsed === false) return;
    const run = (event.target as HTMLElement).closest<HTMLElement>("[data-claims]");
    if (run) setActiveId(run.dataset.claims!.split(" ").at(-1)!);
  }

  return (
    <div className="reader-layout">
      <div className="reader-scroll">
        <header className="reader-head">
          <div className="kicker">
            <span className="dot" style={{ width: 10, height: 10, borderRadius: 3, background: color, display: "inline-block" }} aria-hidden="true" />
            <span>
              {source.author}
              {source.year ? `, ${source.year}` : ""}
            </span>
          </div>
          <h1>{source.title}</h1>
          <ImportReport report={source.report} />
          {canEdit && <p className="faint">Select words in the text, then choose “Make claim” to anchor a claim to them.</p>}
        </header>
        <div className="reader-text" ref={textRef} onMouseUp={onSelectionEnd} onClick={onTextClick} data-testid="reader-text">
          {source.paragraphs.map((p, i) => (
            <ParagraphView
              key={p.start}
              paragraph={p}
              text={source.text}
              highlights={byParagraph[i]!.highlights}
              footnotes={byParagraph[i]!.footnotes}
              activeId={activeId}
              color={color}
            />
          ))}
        </div>
      </div>
      <aside className="reader-side" aria-label="Claims in this text">
        {activeClaim ? (
          <div className="card" style={{ padding: 14, marginBottom: 18 }} data-testid="active-claim">
            <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", marginBottom: 6 }}>
              <span className="badge">{activeClaim.type}</span>
              <button className="btn btn-ghost btn-sm" onClick={() => setActiveId(null)} aria-label="Close claim">
                ✕
              </button>
            </div>
            <p style={{ fontWeight: 550, margin: "0 0 8px" }}>{activeClaim.text}</p>
            <blockquote className="quote">{source.text.slice(activeClaim.start, activeClaim.end)}</blockquote>
            <Link className="btn btn-sm" href={`${base}/map?claim=${activeClaim.id}`}>
              Show on the map →
            </Link>
          </div>
        ) : null}
        <h2>Claims in this text ({source.claims.length})</h2>
        {source.claims.length === 0 && <p className="faint">No claims yet. {canEdit ? "Select a passage to make the first one." : ""}</p>}
        {source.claims.map((c) => (
          <button
            key={c.id}
            className={`claim-item${c.id === activeId ? " active" : ""}`}
            onClick={() => {
              setActiveId(c.id);
              scrollToClaim(c.id);
            }}
          >
            {c.text}
          </button>
        ))}
      </aside>
      {pending && !composing && (
        <div className="selection-toolbar" style={{ position: "fixed", left: pending.x, top: pending.y }} role="toolbar" aria-label="Selection">
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setComposing(pending)}>
            Make claim
          </button>
        </div>
      )}
      {composing && (
        <MakeClaimDialog
          selection={composing}
          source={source}
          onClose={() => {
            setComposing(null);
            setPending(null);
          }}
          onCreated={(id) => {
            setComposing(null);
            setPending(null);
            window.getSelection()?.removeAllRanges();
            setActiveId(id);
            router.refresh();
          }}
        />
      )}
    </div>
  );
}

function ImportReport({ report }: { report: Record<string, number> }) {
  const labels: [string, string][] = [
    ["linesJoined", "lines joined"],
    ["wordsRejoined", "split words re-joined"],
    ["footnoteMarksSeparated", "footnote marks separated"],
    ["headersDropped", "page headers dropped"],
    ["pageNumbersDropped", "page numbers dropped"],
  ];
  const parts = labels.filter(([key]) => (report[key] ?? 0) > 0);
  if (parts.length === 0) return null;
  return (
    <p className="report" aria-label="What the import cleaned up">
      {parts.map(([key, label]) => (
        <span key={key}>
          {report[key]} {label}
        </span>
      ))}
    </p>
  );
}

function MakeClaimDialog({
  selection,
  source,
  onClose,
  onCreated,
}: {
  selection: PendingSelection;
  source: ReaderSource;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = source.text.slice(Math.max(0, selection.start - 60), selection.start);
  const suffix = source.text.slice(selection.end, selection.end + 60);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const created = await api<{ id: string }>(`/api/workspaces/${source.workspaceId}/claims`, {
        body: {
          text: String(form.get("text") ?? ""),
          type: String(form.get("type") ?? "premise"),
          anchor: { sourceId: source.id, revisionId: source.revisionId, start: selection.start, end: selection.end, exact: selection.exact },
        },
      });
      onCreated(created.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The claim could not be saved.");
      setBusy(false);
    }
  }

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="make-claim-title" onSubmit={onSubmit}>
        <h2 id="make-claim-title">Make a claim from this passage</h2>
        <blockquote className="quote">
          <span className="ctx">…{prefix}</span>
          <mark>{selection.exact}</mark>
          <span className="ctx">{suffix}…</span>
        </blockquote>
        {error && <div className="alert alert-error" role="alert">{error}</div>}
        <div className="field">
          <label htmlFor="claim-text">Claim</label>
          <textarea className="textarea" id="claim-text" name="text" defaultValue={selection.exact} rows={3} autoFocus required />
          <span className="hint">State what the passage claims, in your words or the author&apos;s. The anchor stays on the selected words.</span>
        </div>
        <div className="field">
          <label htmlFor="claim-type">Type</label>
          <select className="select" id="claim-type" name="type" defaultValue="premise">
            {CLAIM_TYPES.filter((t) => t !== "unstated").map((t) => (
              <option key={t} value={t}>
                {t[0]!.toUpperCase() + t.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div className="dialog-actions">
          <button className="btn" type="button" onClick={onClose}>
            Cancel
          </button>
          <button className="btn btn-primary" type="submit" disabled={busy}>
            {busy ? "Saving…" : "Create claim"}
          </button>
        </div>
      </form>
    </div>
  );
}
