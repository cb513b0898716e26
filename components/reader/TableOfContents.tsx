"use client";

import { memo, useEffect, useRef } from "react";

export interface TocEntry {
  label: string;
  level: number;
  /** The reader section the heading opens, for the link's #anchor and for rendering it on demand. */
  sectionId: string;
  sectionIndex: number;
}

/**
 * The headings of a text as links. Ordinary links, so Tab and Enter work and a link can be copied;
 * a click asks the reader to render the section first (it may not be rendered yet) and then jump.
 */
export const TableOfContents = memo(function TableOfContents({
  entries,
  current,
  onJump,
}: {
  entries: readonly TocEntry[];
  /** Index of the entry being read, marked with aria-current. */
  current: number;
  onJump: (sectionIndex: number) => void;
}) {
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    // Keep the entry being read in view inside the sidebar, without scrolling the page.
    const container = list.current?.closest<HTMLElement>(".reader-toc-side");
    const link = list.current?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!container || !link) return;
    const box = container.getBoundingClientRect();
    const row = link.getBoundingClientRect();
    if (row.top < box.top + 40 || row.bottom > box.bottom - 40) {
      container.scrollTop = Math.max(0, container.scrollTop + row.top - box.top - container.clientHeight / 3);
    }
  }, [current]);

  return (
    <nav className="reader-toc" aria-label="Contents">
      <h2 className="toc-title">Contents</h2>
      <ol ref={list}>
        {entries.map((entry, i) => (
          <li key={`${entry.sectionId}-${i}`} className={`toc-l${Math.min(entry.level, 3)}`}>
            <a
              href={`#${entry.sectionId}`}
              aria-current={i === current ? "location" : undefined}
              onClick={(event) => {
                event.preventDefault();
                onJump(entry.sectionIndex);
              }}
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
});
