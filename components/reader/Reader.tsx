"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api } from "@/components/ui/api";
import { describeOrigin, reportItems, type ImportReport } from "@/lib/formats/report";
import type { SourceParagraph } from "@/lib/formats/structure";
import { sourceColor } from "@/lib/graph/palette";
import { buildOutline } from "@/lib/reader/outline";
import { estimateSectionHeight, sectionAt, splitSections, type ReaderSection } from "@/lib/reader/sections";
import { groupByParagraph, segmentParagraph, type Highlight } from "@/lib/reader/segments";
import type { FootnoteRef } from "@/lib/text";
import type { ReaderSource } from "@/lib/server/services/sources/get-source";
import { CLAIM_TYPES } from "@/lib/validation/claim";
import { rangeForOffsets, selectionOffsets } from "./selection-offsets";
import { SuggestionsPanel } from "./SuggestionsPanel";
import { TableOfContents, type TocEntry } from "./TableOfContents";
import { describeAnchorRevision } from "@/lib/reader/revision-label";
import { ReviewList } from "./ReviewList";
import { RevisionBar } from "./RevisionBar";
import { EquivalentSuggestions, useEquivalentSuggestions } from "./EquivalentSuggestions";
import "./reader-review.css";

/**
 * Long texts render by section (lib/reader/sections: a section per heading, long stretches cut):
 * the first screens and the section of a linked claim render at once, sections near the viewport
 * as they approach it, and the rest while the browser is idle. `content-visibility: auto` then
 * lets the browser skip layout and paint for sections off screen, so scrolling a book stays smooth.
 */
// About eight screens of text for the first render.
const INITIAL_CHARS = 24_000;
// What one idle slot renders: a few dozen paragraphs, so no single task blocks input for long.
const IDLE_BATCH_CHARS = 12_000;
// Start rendering a section this far before it scrolls into view.
const MOUNT_MARGIN = "1500px 0px";
// Placeholder heights for the desktop reader (18.5 px serif, 1.65 line height, 68ch column).
const HEIGHT_ESTIMATE = { charsPerLine: 64, lineHeight: 30.5, paragraphGap: 18.5 };

type ScrollRequest =
  | { kind: "claim"; id: string; start: number }
  | { kind: "section"; index: number; focus: boolean }
  /** A paragraph by its offset (a search result): scrolled to and briefly flashed. */
  | { kind: "paragraph"; start: number }
  /** A suggested sentence: scrolled to and highlighted until another is chosen or the list closes. */
  | { kind: "passage"; start: number; end: number };

// The CSS Custom Highlight name for the suggested sentence on show (styled in suggestions.css).
const SUGGESTION_HIGHLIGHT = "agon-suggestion";

function clearSuggestionHighlight() {
  if (typeof CSS !== "undefined" && "highlights" in CSS) CSS.highlights.delete(SUGGESTION_HIGHLIGHT);
}

/** The element that scrolls the reader: the workspace shell's main area, or the window. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === "auto" || overflow === "scroll") return node;
  }
  return null;
}

function initiallyMounted(sections: readonly ReaderSection[], focus: number): boolean[] {
  let characters = 0;
  return sections.map((section, i) => {
    const early = characters < INITIAL_CHARS;
    characters += section.characters;
    return early || i === focus;
  });
}

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
  unconfirmed,
}: {
  paragraph: SourceParagraph;
  text: string;
  highlights: Highlight[];
  footnotes: FootnoteRef[];
  activeId: string | null;
  color: string;
  /** Claims a revision moved to new words, not yet confirmed: drawn with a dashed underline. */
  unconfirmed: ReadonlySet<string>;
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
    const moved = ids.some((id) => unconfirmed.has(id));
    const className = `hl${ids.length > 1 ? " hl-2" : ""}${moved ? " hl-moved" : ""}${activeId && ids.includes(activeId) ? " active" : ""}`;
    return [
      <span
        key={run.start}
        data-o={run.start}
        data-e={run.end}
        data-claims={ids.join(" ")}
        className={className}
        id={`claim-${ids[0]}-${run.start}`}
        title={moved ? "Moved to these words by a revision; not yet confirmed" : undefined}
      >
        {words}
      </span>,
      ...marks,
    ];
  });
  const style = { "--hl": color } as React.CSSProperties;
  if (paragraph.kind === "heading") {
    // The reader's title is the h1; declared levels 1, 2, 3+ become h2, h3, h4.
    const Heading = (["h2", "h3", "h4"] as const)[Math.min(Math.max((paragraph.level ?? 1) - 1, 0), 2)]!;
    return (
      <Heading className="r-heading" tabIndex={-1} data-p={paragraph.start}>
        {children}
      </Heading>
    );
  }
  return (
    <p className={`${paragraph.kind === "footnote" ? "r-footnote" : ""}${highlights.length ? " has-claim" : ""}`} style={style} data-p={paragraph.start}>
      {children}
    </p>
  );
});

const SectionView = memo(function SectionView({
  section,
  index,
  mounted,
  paragraphs,
  groups,
  text,
  activeId,
  color,
  estimatedHeight,
  unconfirmed,
}: {
  section: ReaderSection;
  index: number;
  mounted: boolean;
  paragraphs: readonly SourceParagraph[];
  groups: readonly { highlights: Highlight[]; footnotes: FootnoteRef[] }[];
  text: string;
  /** The active claim when it lies in this section, else null, so other sections skip re-rendering. */
  activeId: string | null;
  color: string;
  estimatedHeight: number;
  unconfirmed: ReadonlySet<string>;
}) {
  if (!mounted) {
    return <section id={section.id} className="r-section r-pending" data-section={index} style={{ height: estimatedHeight }} aria-hidden="true" />;
  }
  const views = [];
  for (let i = section.first; i < section.end; i++) {
    const group = groups[i]!;
    views.push(
      <ParagraphView
        key={paragraphs[i]!.start}
        paragraph={paragraphs[i]!}
        text={text}
        highlights={group.highlights}
        footnotes={group.footnotes}
        activeId={activeId && group.highlights.some((h) => h.id === activeId) ? activeId : null}
        color={color}
        unconfirmed={unconfirmed}
      />,
    );
  }
  return (
    // Only the height is estimated: an intrinsic width would widen the reader's column on phones.
    <section id={section.id} className="r-section" data-section={index} style={{ containIntrinsicBlockSize: `auto ${estimatedHeight}px` }}>
      {views}
    </section>
  );
});

export function Reader({ source, canEdit, canRevise = false }: { source: ReaderSource; canEdit: boolean; canRevise?: boolean }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const textRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(searchParams.get("claim"));
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [composing, setComposing] = useState<PendingSelection | null>(null);
  // The review item whose passage the next selection re-attaches.
  const [reattaching, setReattaching] = useState<ReaderSource["review"][number] | null>(null);
  const [reattachError, setReattachError] = useState<string | null>(null);
  const color = sourceColor(source.colorIndex);
  const base = `/w/${source.workspaceId}`;

  const highlights = useMemo(() => source.claims.map((c) => ({ id: c.id, start: c.start, end: c.end })), [source.claims]);
  const unconfirmed = useMemo(() => new Set(source.claims.filter((c) => c.status === "fuzzy").map((c) => c.id)), [source.claims]);
  const groups = useMemo(() => groupByParagraph(source.paragraphs, highlights, source.footnotes), [source.paragraphs, highlights, source.footnotes]);
  const sections = useMemo(() => splitSections(source.paragraphs), [source.paragraphs]);
  const heights = useMemo(() => sections.map((s) => estimateSectionHeight(source.paragraphs, s, HEIGHT_ESTIMATE)), [sections, source.paragraphs]);
  const sectionOfClaim = useCallback(
    (id: string) => {
      const claim = source.claims.find((c) => c.id === id);
      return claim ? sectionAt(sections, source.paragraphs, claim.start) : -1;
    },
    [source.claims, sections, source.paragraphs],
  );
  const [mounted, setMounted] = useState<boolean[]>(() => initiallyMounted(sections, activeId ? sectionOfClaim(activeId) : -1));
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const [currentSection, setCurrentSection] = useState(0);
  const [suggesting, setSuggesting] = useState(searchParams.get("suggest") === "1");
  const activeClaim = source.claims.find((c) => c.id === activeId) ?? null;
  const activeSection = activeId ? sectionOfClaim(activeId) : -1;

  const outline = useMemo(() => buildOutline(source.text, source.paragraphs), [source.text, source.paragraphs]);
  const toc: TocEntry[] = useMemo(
    () =>
      outline.map((entry) => {
        const index = sections.findIndex((s) => entry.paragraph >= s.first && entry.paragraph < s.end);
        return { label: entry.label, level: entry.level, sectionId: sections[index]?.id ?? "", sectionIndex: index };
      }),
    [outline, sections],
  );
  const currentEntry = useMemo(() => {
    let found = -1;
    toc.forEach((entry, i) => {
      if (entry.sectionIndex <= currentSection) found = i;
    });
    return found;
  }, [toc, currentSection]);

  const mountSection = useCallback((index: number) => {
    setMounted((current) => {
      if (index < 0 || current[index]) return current;
      const next = [...current];
      next[index] = true;
      return next;
    });
  }, []);

  const scrollToClaim = useCallback(
    (id: string) => {
      const claim = source.claims.find((c) => c.id === id);
      if (!claim) return;
      mountSection(sectionAt(sections, source.paragraphs, claim.start));
      setScrollRequest({ kind: "claim", id, start: claim.start });
    },
    [source.claims, sections, source.paragraphs, mountSection],
  );

  const jumpToSection = useCallback(
    (index: number) => {
      const section = sections[index];
      if (!section) return;
      mountSection(index);
      setScrollRequest({ kind: "section", index, focus: true });
      window.history.replaceState(window.history.state, "", `#${section.id}`);
    },
    [sections, mountSection],
  );

  // Carry out a scroll once the section it needs has rendered.
  useEffect(() => {
    if (!scrollRequest) return;
    const index = scrollRequest.kind === "section" ? scrollRequest.index : sectionAt(sections, source.paragraphs, scrollRequest.start);
    if (index >= 0 && !mounted[index]) return;
    const frame = requestAnimationFrame(() => {
      const root = textRef.current;
      if (scrollRequest.kind === "claim") {
        root?.querySelector<HTMLElement>(`[data-claims~="${CSS.escape(scrollRequest.id)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
      } else if (scrollRequest.kind === "passage") {
        const section = root?.querySelector<HTMLElement>(`[data-section="${index}"]`);
        const range = section ? rangeForOffsets(section, scrollRequest.start, scrollRequest.end) : null;
        if (range) {
          if ("highlights" in CSS) CSS.highlights.set(SUGGESTION_HIGHLIGHT, new Highlight(range));
          const element = range.startContainer.parentElement;
          element?.scrollIntoView({ block: "center" });
          element?.setAttribute("data-suggestion-shown", "true");
        }
      } else if (scrollRequest.kind === "paragraph") {
        const element = root?.querySelector<HTMLElement>(`[data-p="${scrollRequest.start}"]`);
        element?.scrollIntoView({ block: "center" });
        element?.classList.remove("r-flash");
        // Restart the animation even when the same paragraph is opened twice.
        void element?.offsetWidth;
        element?.classList.add("r-flash");
      } else {
        const element = root?.querySelector<HTMLElement>(`[data-section="${scrollRequest.index}"]`);
        element?.scrollIntoView({ block: "start" });
        if (scrollRequest.focus) element?.querySelector<HTMLElement>(".r-heading")?.focus({ preventScroll: true });
      }
      setScrollRequest(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollRequest, mounted, sections, source.paragraphs]);

  // Refreshed props (after making a claim) must not repeat the scroll to the claim or section the
  // page was opened at, so these effects read the latest callbacks through refs.
  const scrollToClaimRef = useRef(scrollToClaim);
  scrollToClaimRef.current = scrollToClaim;
  const openedAt = useRef({ sections, mountSection });

  useEffect(() => {
    // Tests and screenshots wait for this: selections only work once React handles events.
    textRef.current?.setAttribute("data-ready", "true");
    // A link to a section (#s1234) opened in a new page.
    const { sections: initialSections, mountSection: mount } = openedAt.current;
    const fromHash = initialSections.findIndex((s) => `#${s.id}` === window.location.hash);
    if (fromHash >= 0) {
      mount(fromHash);
      setScrollRequest({ kind: "section", index: fromHash, focus: false });
    }
  }, []);

  // Render sections as they come near the viewport, and note which one is being read.
  useEffect(() => {
    const root = textRef.current;
    if (!root) return;
    const scroller = scrollParent(root);
    const near = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) mountSection(Number((entry.target as HTMLElement).dataset.section));
      },
      { root: scroller, rootMargin: MOUNT_MARGIN },
    );
    const visible = new Set<number>();
    const reading = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset.section);
          if (entry.isIntersecting) visible.add(index);
          else visible.delete(index);
        }
        if (visible.size > 0) setCurrentSection(Math.min(...visible));
      },
      // The band near the top of the view is what is being read.
      { root: scroller, rootMargin: "-10% 0px -75% 0px" },
    );
    for (const element of Array.from(root.querySelectorAll<HTMLElement>("[data-section]"))) {
      reading.observe(element);
      if (element.classList.contains("r-pending")) near.observe(element);
    }
    return () => {
      near.disconnect();
      reading.disconnect();
    };
  }, [mounted, mountSection]);

  // Render the rest while the browser is idle, so find-in-page and long selections see the whole text.
  useEffect(() => {
    if (mounted.every(Boolean)) return;
    const mountBatch = () =>
      setMounted((current) => {
        const next = [...current];
        let characters = 0;
        for (let i = 0; i < next.length && characters < IDLE_BATCH_CHARS; i++) {
          if (next[i]) continue;
          next[i] = true;
          characters += sections[i]!.characters;
        }
        return next;
      });
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(mountBatch, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(mountBatch, 50);
    return () => window.clearTimeout(timer);
  }, [mounted, sections]);

  useEffect(() => {
    const fromUrl = searchParams.get("claim");
    if (fromUrl) {
      setActiveId(fromUrl);
      scrollToClaimRef.current(fromUrl);
    }
    const at = Number(searchParams.get("at"));
    if (searchParams.get("at") !== null && Number.isInteger(at)) {
      const { sections: all, mountSection: mount } = openedAt.current;
      mount(sectionAt(all, source.paragraphs, at));
      setScrollRequest({ kind: "paragraph", start: at });
    }
  }, [searchParams, source.paragraphs]);

  const onSelectionEnd = useCallback(() => {
    if (!(canEdit || reattaching) || !textRef.current) return;
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
  }, [canEdit, reattaching, source.text]);

  async function attachSelection(selection: PendingSelection) {
    if (!reattaching) return;
    setReattachError(null);
    try {
      await api(`/api/workspaces/${source.workspaceId}/anchors/${reattaching.anchorId}`, {
        method: "PATCH",
        body: { version: reattaching.version, revisionId: source.revisionId, start: selection.start, end: selection.end, exact: selection.exact },
      });
      setPending(null);
      window.getSelection()?.removeAllRanges();
      if (reattaching.claim) setActiveId(reattaching.claim.id);
      setReattaching(null);
      router.refresh();
    } catch (e) {
      setReattachError(e instanceof Error ? e.message : "The passage could not be re-attached.");
    }
  }

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

  const showPassage = useCallback(
    (passage: { start: number; end: number }) => {
      textRef.current?.querySelector("[data-suggestion-shown]")?.removeAttribute("data-suggestion-shown");
      mountSection(sectionAt(sections, source.paragraphs, passage.start));
      setScrollRequest({ kind: "passage", ...passage });
    },
    [sections, source.paragraphs, mountSection],
  );

  useEffect(() => {
    if (!suggesting) clearSuggestionHighlight();
    return clearSuggestionHighlight;
  }, [suggesting]);

  const hasToc = toc.length >= 2;
  return (
    <div className={`reader-layout${hasToc ? " has-toc" : ""}`}>
      {hasToc && (
        <aside className="reader-toc-side">
          <TableOfContents entries={toc} current={currentEntry} onJump={jumpToSection} />
        </aside>
      )}
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
          <ImportSummary report={source.report} justImported={searchParams.get("imported") === "1"} />
          <RevisionBar source={source} canRevise={canRevise} />
          {canEdit && source.isCurrent && <p className="faint">Select words in the text, then choose “Make claim” to anchor a claim to them.</p>}
          {source.isCurrent && (
            <button
              type="button"
              className="btn btn-sm reader-suggest-toggle"
              aria-expanded={suggesting}
              aria-controls="claim-suggestions"
              onClick={() => setSuggesting((open) => !open)}
            >
              {suggesting ? "Hide suggestions" : "Suggest claims"}
            </button>
          )}
        </header>
        {hasToc && (
          <details className="toc-inline">
            <summary>Contents ({toc.length})</summary>
            <TableOfContents entries={toc} current={currentEntry} onJump={jumpToSection} />
          </details>
        )}
        <div className="reader-text" ref={textRef} onMouseUp={onSelectionEnd} onClick={onTextClick} data-testid="reader-text">
          {sections.map((section, i) => (
            <SectionView
              key={section.id}
              section={section}
              index={i}
              mounted={mounted[i] ?? true}
              paragraphs={source.paragraphs}
              groups={groups}
              text={source.text}
              activeId={i === activeSection ? activeId : null}
              color={color}
              estimatedHeight={heights[i]!}
              unconfirmed={unconfirmed}
            />
          ))}
        </div>
      </div>
      <aside className="reader-side" aria-label="Claims in this text">
        {suggesting && source.isCurrent && (
          <SuggestionsPanel
            workspaceId={source.workspaceId}
            sourceId={source.id}
            canEdit={canEdit}
            claimCount={source.claims.length}
            onShow={showPassage}
            onClaimMade={(id) => {
              clearSuggestionHighlight();
              setActiveId(id);
              router.refresh();
            }}
            onClose={() => setSuggesting(false)}
          />
        )}
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
            <p className="faint" style={{ fontSize: 13 }} data-testid="reader-claim-revision">
              {describeAnchorRevision({ status: activeClaim.status, revisionNumber: source.revisionNumber, madeOnRevision: activeClaim.madeOnRevision, revisionCount: source.revisionCount })}
            </p>
            <Link className="btn btn-sm" href={`${base}/map?claim=${activeClaim.id}`}>
              Show on the map →
            </Link>
          </div>
        ) : null}
        {source.review.length > 0 && (
          <ReviewList
            source={source}
            canEdit={canEdit}
            reattaching={reattaching?.anchorId ?? null}
            onReattach={(item) => {
              setReattachError(null);
              setReattaching(item);
            }}
            onCancel={() => setReattaching(null)}
            onShow={(claimId) => {
              setActiveId(claimId);
              scrollToClaim(claimId);
            }}
            onChanged={() => router.refresh()}
          />
        )}
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
      {reattaching && (
        <div className="reattach-banner" role="status" data-testid="reattach-banner">
          <span>
            Select the words for <strong>{reattaching.claim ? `“${reattaching.claim.text}”` : "this evidence quote"}</strong> in the text, then press <strong>Attach here</strong>.
          </span>
          {reattachError && <span className="reattach-error" role="alert">{reattachError}</span>}
          <button type="button" className="btn btn-sm" onClick={() => setReattaching(null)}>
            Cancel
          </button>
        </div>
      )}
      {pending && !composing && (
        <div className="selection-toolbar" style={{ position: "fixed", left: pending.x, top: pending.y }} role="toolbar" aria-label="Selection">
          {reattaching ? (
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => attachSelection(pending)}>
              Attach here
            </button>
          ) : (
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setComposing(pending)}>
              Make claim
            </button>
          )}
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

/** Where the text came from and what the clean-up did; after an import, said as a confirmation. */
function ImportSummary({ report, justImported }: { report: ImportReport; justImported: boolean }) {
  const items = reportItems(report);
  const origin = `Imported from ${describeOrigin(report.format)}`;
  if (justImported) {
    return (
      <div className="alert alert-info import-done" role="status" data-testid="import-report">
        <strong>{origin}.</strong> {items.length > 0 ? `${items.map((i) => `${i.count.toLocaleString("en")} ${i.label}`).join(", ")}.` : "Nothing needed cleaning up."}
      </div>
    );
  }
  return (
    <p className="report" aria-label="How this text was imported" data-testid="import-report">
      <span>{origin}</span>
      {items.map((item) => (
        <span key={item.key}>
          {item.count.toLocaleString("en")} {item.label}
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
  const [text, setText] = useState(selection.exact);
  const [type, setType] = useState("premise");
  const lookAlike = useEquivalentSuggestions(source.workspaceId, text);
  const prefix = source.text.slice(Math.max(0, selection.start - 60), selection.start);
  const suffix = source.text.slice(selection.end, selection.end + 60);

  // sameAs: the claim is made and joined to that claim's proposition in one transaction.
  async function create(sameAs?: string) {
    setBusy(true);
    setError(null);
    try {
      const created = await api<{ id: string }>(`/api/workspaces/${source.workspaceId}/claims`, {
        body: {
          text,
          type,
          anchor: { sourceId: source.id, revisionId: source.revisionId, start: selection.start, end: selection.end, exact: selection.exact },
          ...(sameAs ? { sameAs } : {}),
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
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="make-claim-title"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <h2 id="make-claim-title">Make a claim from this passage</h2>
        <blockquote className="quote">
          <span className="ctx">…{prefix}</span>
          <mark>{selection.exact}</mark>
          <span className="ctx">{suffix}…</span>
        </blockquote>
        {error && <div className="alert alert-error" role="alert">{error}</div>}
        <div className="field">
          <label htmlFor="claim-text">Claim</label>
          <textarea className="textarea" id="claim-text" name="text" value={text} onChange={(e) => setText(e.target.value)} rows={3} autoFocus required />
          <span className="hint">State what the passage claims, in your words or the author&apos;s. The anchor stays on the selected words.</span>
        </div>
        <div className="field">
          <label htmlFor="claim-type">Type</label>
          <select className="select" id="claim-type" name="type" value={type} onChange={(e) => setType(e.target.value)}>
            {CLAIM_TYPES.filter((t) => t !== "unstated").map((t) => (
              <option key={t} value={t}>
                {t[0]!.toUpperCase() + t.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <EquivalentSuggestions suggestions={lookAlike} busy={busy} onSameAs={(claimId) => void create(claimId)} />
        <div className="dialog-actions">
          <button className="btn" type="button" onClick={onClose}>
            Cancel
          </button>
          <button className="btn btn-primary" type="submit" disabled={busy}>
            {busy ? "Saving…" : lookAlike.length > 0 ? "Create anyway" : "Create claim"}
          </button>
        </div>
      </form>
    </div>
  );
}
