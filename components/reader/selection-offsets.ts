/**
 * Map a DOM selection inside the reader back to offsets in the normalised text. Every text run is
 * a span carrying `data-o` (start) and `data-e` (end); footnote marks carry neither and are skipped.
 */
function runOf(node: Node | null): HTMLElement | null {
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement | null);
  return element?.closest<HTMLElement>("[data-o]") ?? null;
}

function boundaryOffset(container: Node, offset: number, root: HTMLElement): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const run = runOf(container);
    if (!run) return null;
    return Number(run.dataset.o) + Math.min(offset, container.textContent?.length ?? 0);
  }
  const element = container as HTMLElement;
  const runs = Array.from(root.querySelectorAll<HTMLElement>("[data-o]"));
  const child = element.childNodes[offset];
  if (child) {
    const after = runs.find((r) => child === r || child.contains(r) || (child.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    return after ? Number(after.dataset.o) : null;
  }
  const before = runs.filter((r) => element === r || element.contains(r) || (element.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_PRECEDING) !== 0).at(-1);
  return before ? Number(before.dataset.e) : null;
}

export function selectionOffsets(selection: Selection | null, root: HTMLElement): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = boundaryOffset(range.startContainer, range.startOffset, root);
  const end = boundaryOffset(range.endContainer, range.endOffset, root);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The inverse: a DOM range over the text runs inside `root` covering offsets [start, end). */
export function rangeForOffsets(root: HTMLElement, start: number, end: number): Range | null {
  const runs = Array.from(root.querySelectorAll<HTMLElement>("[data-o]")).filter((r) => Number(r.dataset.e) > start && Number(r.dataset.o) < end);
  const first = runs[0];
  const last = runs.at(-1);
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.firstChild ?? first, Math.max(0, start - Number(first.dataset.o)));
  range.setEnd(last.firstChild ?? last, Math.min(last.textContent?.length ?? 0, end - Number(last.dataset.o)));
  return range;
}
