"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api } from "@/components/ui/api";
import { buildOutline, indentEdit, outdentEdit, removeEdit, siblingEdit, switchKindEdit, visibleRows, type Outline, type OutlineEdit, type OutlineRow } from "@/lib/graph/outline";
import type { WorkspaceMap } from "@/lib/graph/types";
import { KIND_LABEL, kindPhrase, rowLabel } from "./row-label";
import "./outline.css";

interface Props {
  map: WorkspaceMap;
  canEdit: boolean;
  thesisId: string;
  onThesisChange: (claimId: string) => void;
  onClose: () => void;
  selectedClaimId: string | null;
  /** Select and centre a claim on the map. */
  onSelectClaim: (claimId: string) => void;
  /** Refetch the map; the outline is rebuilt from the result. */
  refresh: () => Promise<void>;
}

type Editing =
  | { type: "text"; rowId: string; claimId: string; version: number; value: string }
  | { type: "draft"; parentRowId: string; edit: Extract<OutlineEdit, { type: "add-reason" | "add-objection" }>; value: string }
  | null;

const short = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/**
 * The map as an indented list from one thesis, beside the canvas: an ARIA tree with one tab stop
 * (roving focus), edited with the keyboard. Every edit is an API write followed by the map's own
 * refetch, so the canvas and the outline always show the same payload.
 */
export function OutlinePane({ map, canEdit, thesisId, onThesisChange, onClose, selectedClaimId, onSelectClaim, refresh }: Props) {
  const outline = useMemo(() => buildOutline(map, thesisId), [map, thesisId]);
  const claimById = useMemo(() => new Map(map.claims.map((c) => [c.id, c])), [map.claims]);
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // Delete asks first: the row pressed once waits here for a second Delete.
  const [confirmingRemove, setConfirmingRemove] = useState<string | null>(null);
  // Tab indents inside the tree; after Escape the next Tab leaves it, so the tree is never a keyboard trap.
  const [tabLeaves, setTabLeaves] = useState(!canEdit);
  const treeRef = useRef<HTMLUListElement>(null);
  // The row that should hold DOM focus once it is rendered; cleared only when focus has landed there.
  const focusTarget = useRef<string | null>(null);
  const activeRef = useRef<string | null>(null);

  const rows = useMemo(() => (outline ? visibleRows(outline, collapsed) : []), [outline, collapsed]);
  const order = useMemo(() => new Map(outline?.rows.map((r, i) => [r.id, i]) ?? []), [outline]);
  const active = outline && activeId ? outline.byId.get(activeId) : undefined;
  const activeRow = active ?? (outline ? outline.byId.get(outline.rootId) : undefined);
  activeRef.current = activeRow?.id ?? null;
  /** Focus `rowId` (the current row when absent) after the next render. */
  const requestFocus = useCallback((rowId?: string) => {
    focusTarget.current = rowId ?? activeRef.current;
  }, []);

  const announce = useCallback((text: string, error = false) => setStatus({ text, error }), []);
  const textOf = useCallback((claimId: string | null) => (claimId ? (claimById.get(claimId)?.text ?? "") : ""), [claimById]);

  /** Move the roving focus to a row; DOM focus follows after the next render. */
  const moveTo = useCallback(
    (row: OutlineRow | undefined, select = true) => {
      if (!row) return;
      setActiveId(row.id);
      focusTarget.current = row.id;
      if (select && row.claimId) onSelectClaim(row.claimId);
    },
    [onSelectClaim],
  );

  // A row that moved under a folded row (an indent, someone else's edit) unfolds its way there.
  useEffect(() => {
    if (!outline || !active) return;
    const ancestors: string[] = [];
    for (let at = active.parentId; at; at = outline.byId.get(at)?.parentId ?? null) ancestors.push(at);
    if (ancestors.some((id) => collapsed.has(id))) setCollapsed((c) => new Set([...c].filter((id) => !ancestors.includes(id))));
  }, [outline, active, collapsed]);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target || editing) return;
    const element = treeRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(target)}"]`);
    if (!element) return;
    element.focus();
    element.scrollIntoView({ block: "nearest" });
    if (document.activeElement === element) focusTarget.current = null;
  });

  // A claim selected on the map: its expanded row becomes the current one (without taking focus from the map).
  useEffect(() => {
    if (!outline || !selectedClaimId || activeRow?.claimId === selectedClaimId) return;
    const rowId = outline.expandedRowOf.get(selectedClaimId);
    if (!rowId) return;
    setActiveId(rowId);
    requestAnimationFrame(() => treeRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(rowId)}"]`)?.scrollIntoView({ block: "nearest" }));
    // Only a new selection on the map moves the outline, not every rebuild.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedClaimId]);

  const write = useCallback(
    async (action: () => Promise<string | null>, done: (message: string) => string) => {
      setBusy(true);
      try {
        const message = await action();
        await refresh();
        if (message !== null) announce(done(message));
        requestFocus();
      } catch (error) {
        announce(error instanceof Error ? error.message : "The change was not saved.", true);
        await refresh().catch(() => undefined);
        requestFocus();
      } finally {
        setBusy(false);
      }
    },
    [refresh, announce, requestFocus],
  );

  const edgeOf = (edgeId: string) => map.edges.find((e) => e.id === edgeId);

  const perform = (edit: OutlineEdit, row: OutlineRow) => {
    const ws = map.workspace.id;
    const who = `“${short(textOf(row.claimId) || "These premises", 50)}”`;
    if (edit.type === "refused") {
      announce(edit.reason, true);
      return;
    }
    if (edit.type === "move") {
      const edge = edgeOf(edit.edgeId);
      if (!edge) return;
      const verb = edge.kind === "support" ? "supports" : "opposes";
      void write(
        async () => {
          await api(`/api/workspaces/${ws}/edges/${edit.edgeId}/conclusion`, { method: "PUT", body: { version: edge.version, conclusion: edit.conclusionId } });
          return `${who} now ${verb} “${short(textOf(edit.conclusionId), 50)}”.`;
        },
        (m) => `Moved: ${m}`,
      );
    } else if (edit.type === "remove-edge" || edit.type === "remove-premise") {
      const parentText = row.parentId ? textOf(outline!.byId.get(row.inGroup ? outline!.byId.get(row.parentId)!.parentId! : row.parentId)!.claimId) : "";
      // The row goes; the current row becomes the one above it.
      const index = rows.findIndex((r) => r.id === row.id);
      setActiveId(rows[Math.max(index - 1, 0)]!.id);
      void write(
        async () => {
          if (edit.type === "remove-edge") await api(`/api/workspaces/${ws}/edges/${edit.edgeId}`, { method: "DELETE" });
          else await api(`/api/workspaces/${ws}/edges/${edit.edgeId}/premises`, { method: "DELETE", body: { version: edgeOf(edit.edgeId)?.version, claimId: edit.claimId } });
          return `${who} is no longer a reason${parentText ? ` for “${short(parentText, 50)}”` : ""}; the claim stays on the map. Undo (Ctrl+Z) brings the link back.`;
        },
        (m) => `Removed: ${m}`,
      );
    } else if (edit.type === "set-kind") {
      const edge = edgeOf(edit.edgeId);
      if (!edge) return;
      void write(
        async () => {
          await api(`/api/workspaces/${ws}/edges/${edit.edgeId}`, { method: "PATCH", body: { version: edge.version, kind: edit.kind } });
          return `${who} now ${edit.kind === "support" ? "supports" : "opposes"} “${short(textOf(edge.to), 50)}”.`;
        },
        (m) => m,
      );
    } else {
      const parentRowId = row.kind === "thesis" ? row.id : row.inGroup ? outline!.byId.get(row.parentId!)!.parentId! : row.parentId!;
      setCollapsed((c) => (c.has(parentRowId) ? new Set([...c].filter((id) => id !== parentRowId)) : c));
      setEditing({ type: "draft", parentRowId, edit, value: "" });
    }
  };

  const saveDraft = async () => {
    if (!editing || editing.type !== "draft") return;
    const text = editing.value.trim();
    if (!text) {
      announce("Write the reason first, or press Escape to cancel.", true);
      return;
    }
    const { edit } = editing;
    const body = edit.type === "add-reason" ? { text, kind: edit.kind, to: edit.conclusionId } : { text, kind: "undercut", targetEdge: edit.targetEdgeId };
    setBusy(true);
    try {
      const created = await api<{ claimId: string; edgeId: string }>(`/api/workspaces/${map.workspace.id}/reasons`, { body });
      setEditing(null);
      await refresh();
      setActiveId(`${created.edgeId}/${created.claimId}`);
      requestFocus(`${created.edgeId}/${created.claimId}`);
      onSelectClaim(created.claimId);
      const target = edit.type === "add-reason" ? `${kindPhrase(edit.kind)} “${short(textOf(edit.conclusionId), 50)}”` : "objects to the step above it";
      announce(`Added “${short(text, 50)}”: it ${target}.`);
    } catch (error) {
      // The draft stays open with the words typed: nothing is lost.
      announce(error instanceof Error ? error.message : "The reason was not added.", true);
    } finally {
      setBusy(false);
    }
  };

  const saveText = async () => {
    if (!editing || editing.type !== "text") return;
    const text = editing.value.trim();
    if (!text) {
      announce("A claim needs some text. Press Escape to keep the old wording.", true);
      return;
    }
    if (text === textOf(editing.claimId)) {
      setEditing(null);
      requestFocus();
      return;
    }
    setBusy(true);
    try {
      await api(`/api/workspaces/${map.workspace.id}/claims/${editing.claimId}`, { method: "PATCH", body: { version: editing.version, text } });
      setEditing(null);
      await refresh();
      requestFocus();
      announce("Saved the new wording.");
    } catch (error) {
      announce(error instanceof Error ? error.message : "The wording was not saved.", true);
    } finally {
      setBusy(false);
    }
  };

  const cancelEditing = () => {
    setEditing(null);
    requestFocus();
  };

  const onTreeKeyDown = (event: React.KeyboardEvent<HTMLUListElement>) => {
    if (!outline || !activeRow || (event.target as HTMLElement).tagName === "INPUT") return;
    const index = rows.findIndex((r) => r.id === activeRow.id);
    const hasChildren = activeRow.childIds.length > 0;
    const key = event.key;
    if (key !== "Delete" && confirmingRemove) setConfirmingRemove(null);
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (key === "ArrowDown") {
      handled();
      moveTo(rows[Math.min(index + 1, rows.length - 1)]);
    } else if (key === "ArrowUp") {
      handled();
      moveTo(rows[Math.max(index - 1, 0)]);
    } else if (key === "Home") {
      handled();
      moveTo(rows[0]);
    } else if (key === "End") {
      handled();
      moveTo(rows[rows.length - 1]);
    } else if (key === "ArrowRight") {
      handled();
      if (hasChildren && collapsed.has(activeRow.id)) setCollapsed((c) => new Set([...c].filter((id) => id !== activeRow.id)));
      else if (hasChildren) moveTo(outline.byId.get(activeRow.childIds[0]!));
      else if (activeRow.referenceTo) {
        moveTo(outline.byId.get(activeRow.referenceTo));
        announce(`Went to where “${short(textOf(activeRow.claimId), 50)}” is spelled out.`);
      }
    } else if (key === "ArrowLeft") {
      handled();
      if (hasChildren && !collapsed.has(activeRow.id)) setCollapsed((c) => new Set([...c, activeRow.id]));
      else if (activeRow.parentId) moveTo(outline.byId.get(activeRow.parentId));
    } else if (key === "Escape") {
      handled();
      if (canEdit) {
        setTabLeaves(true);
        announce("Tab now leaves the outline; press Tab on a row again to indent once you are back.");
      }
    } else if (!canEdit || busy) {
      if (["Enter", "Tab", "F2", "Delete"].includes(key) && !(key === "Tab" && tabLeaves) && canEdit) {
        handled();
        announce("Still saving the last change…");
      }
    } else if (key === "Tab") {
      if (tabLeaves) {
        setTabLeaves(false);
        return;
      }
      handled();
      perform(event.shiftKey ? outdentEdit(outline, activeRow.id, map.edges) : indentEdit(outline, activeRow.id, map.edges), activeRow);
    } else if (key === "Enter") {
      handled();
      perform(siblingEdit(outline, activeRow.id, map), activeRow);
    } else if (key === "Delete") {
      handled();
      const edit = removeEdit(outline, activeRow.id, map);
      if (edit.type === "refused" || confirmingRemove === activeRow.id) {
        setConfirmingRemove(null);
        perform(edit, activeRow);
      } else {
        setConfirmingRemove(activeRow.id);
        announce(`Press Delete again to take “${short(textOf(activeRow.claimId) || "these premises", 50)}” out as a reason here (the claim stays on the map); any other key cancels.`);
      }
    } else if (key === "F2") {
      handled();
      const claim = activeRow.claimId ? claimById.get(activeRow.claimId) : undefined;
      if (!claim) announce("A group of linked premises has no wording of its own; edit one of its premises.", true);
      else setEditing({ type: "text", rowId: activeRow.id, claimId: claim.id, version: claim.version, value: claim.text });
    } else if (event.altKey && (event.code === "KeyS" || key.toLowerCase() === "s")) {
      handled();
      perform(switchKindEdit(outline, activeRow.id, map.edges), activeRow);
    }
  };

  // The theses, the current root and the claim selected on the map: any claim can be the outline's root.
  const roots = map.claims.filter((c) => c.type === "thesis" || c.id === thesisId || c.id === selectedClaimId);
  // Where a draft row goes: last among the reasons of its parent, where the new reason will land.
  const draftAfter = editing?.type === "draft" ? lastVisibleDescendant(outline, rows, editing.parentRowId) : null;
  const draftDepth = editing?.type === "draft" ? (outline?.byId.get(editing.parentRowId)?.depth ?? 0) + 1 : 0;

  return (
    <aside className="outline-pane" aria-labelledby="outline-heading" data-testid="outline-pane">
      <div className="outline-head">
        <h2 id="outline-heading">Outline</h2>
        <button type="button" className="btn btn-sm btn-ghost" onClick={onClose} aria-label="Close the outline">
          Close
        </button>
      </div>
      <div className="outline-thesis">
        <label htmlFor="outline-thesis-select">From</label>
        <select id="outline-thesis-select" className="select select-sm" value={outline ? thesisId : ""} onChange={(e) => e.target.value && onThesisChange(e.target.value)}>
          {!outline && <option value="">Choose a claim</option>}
          {roots.map((t) => (
            <option key={t.id} value={t.id}>{t.type !== "thesis" && t.id === selectedClaimId && t.id !== thesisId ? "Selected: " : ""}{short(t.text, 56)}</option>
          ))}
        </select>
      </div>
      {!outline ? (
        <p className="outline-empty">This claim is no longer on the map. Choose a thesis above.</p>
      ) : (
        <ul ref={treeRef} role="tree" aria-labelledby="outline-heading" aria-busy={busy} className="outline-tree" onKeyDown={onTreeKeyDown}>
          {rows.map((row) => (
            <OutlineItem
              key={row.id}
              row={row}
              outline={outline}
              text={textOf(row.claimId)}
              referenceDirection={row.referenceTo ? ((order.get(row.referenceTo) ?? 0) < (order.get(row.id) ?? 0) ? "above" : "below") : null}
              active={row.id === activeRow?.id}
              selected={!!row.claimId && row.claimId === selectedClaimId}
              expanded={row.childIds.length > 0 ? !collapsed.has(row.id) : undefined}
              editing={editing?.type === "text" && editing.rowId === row.id ? editing.value : null}
              onEditChange={(value) => setEditing((e) => (e?.type === "text" ? { ...e, value } : e))}
              onEditSave={() => void saveText()}
              onEditCancel={cancelEditing}
              onActivate={() => moveTo(row)}
              onToggle={() => {
                // The folded row becomes the current one, so the current row is never hidden inside a fold.
                setActiveId(row.id);
                setCollapsed((c) => (c.has(row.id) ? new Set([...c].filter((id) => id !== row.id)) : new Set([...c, row.id])));
              }}
              draft={
                editing?.type === "draft" && draftAfter === row.id ? (
                  <DraftRow
                    depth={draftDepth}
                    label={editing.edit.type === "add-reason" ? `New reason that ${kindPhrase(editing.edit.kind)} “${short(textOf(editing.edit.conclusionId), 50)}”` : "New objection to this step"}
                    kind={editing.edit.type === "add-reason" ? editing.edit.kind : "undercut"}
                    value={editing.value}
                    busy={busy}
                    onChange={(value) => setEditing((e) => (e?.type === "draft" ? { ...e, value } : e))}
                    onSave={() => void saveDraft()}
                    onCancel={cancelEditing}
                  />
                ) : null
              }
            />
          ))}
        </ul>
      )}
      <p className={`outline-status${status?.error ? " error" : ""}`} role="status" aria-live="polite" data-testid="outline-status">
        {status?.text ?? ""}
      </p>
      <details className="outline-keys" open>
        <summary>Keys</summary>
        <dl>
          <dt><kbd>↑</kbd><kbd>↓</kbd></dt><dd>move, select on map</dd>
          <dt><kbd>←</kbd><kbd>→</kbd></dt><dd>fold, unfold, go to “see”</dd>
          {canEdit && (
            <>
              <dt><kbd>Enter</kbd></dt><dd>new reason beside</dd>
              <dt><kbd>F2</kbd></dt><dd>edit wording</dd>
              <dt><kbd>Tab</kbd></dt><dd>reason for row above</dd>
              <dt><kbd>Shift</kbd><kbd>Tab</kbd></dt><dd>one level out</dd>
              <dt><kbd>Alt</kbd><kbd>S</kbd></dt><dd>supports ⇄ opposes</dd>
              <dt><kbd>Delete</kbd> ×2</dt><dd>no longer a reason here</dd>
              <dt><kbd>Esc</kbd><kbd>Tab</kbd></dt><dd>leave the outline</dd>
            </>
          )}
        </dl>
      </details>
    </aside>
  );
}

/** The last row shown inside `parentRowId`'s subtree (the parent itself when it shows none). */
function lastVisibleDescendant(outline: Outline | null, rows: OutlineRow[], parentRowId: string): string | null {
  if (!outline) return null;
  const start = rows.findIndex((r) => r.id === parentRowId);
  if (start < 0) return null;
  const depth = rows[start]!.depth;
  let last = start;
  while (last + 1 < rows.length && rows[last + 1]!.depth > depth) last += 1;
  return rows[last]!.id;
}

interface ItemProps {
  row: OutlineRow;
  outline: Outline;
  text: string;
  /** Where the claim of a reference row is spelled out. */
  referenceDirection: "above" | "below" | null;
  active: boolean;
  selected: boolean;
  expanded: boolean | undefined;
  editing: string | null;
  onEditChange: (value: string) => void;
  onEditSave: () => void;
  onEditCancel: () => void;
  onActivate: () => void;
  onToggle: () => void;
  draft: React.ReactNode;
}

function OutlineItem({ row, outline, text, referenceDirection, active, selected, expanded, editing, onEditChange, onEditSave, onEditCancel, onActivate, onToggle, draft }: ItemProps) {
  const label = rowLabel(row, text, row.shape === "group" ? row.childIds.length : 0, referenceDirection);
  return (
    <>
      <li
        role="treeitem"
        aria-level={row.depth + 1}
        aria-setsize={row.siblingCount}
        aria-posinset={row.position}
        aria-expanded={expanded}
        aria-selected={selected}
        aria-label={label}
        tabIndex={active ? 0 : -1}
        data-row-id={row.id}
        data-kind={row.kind}
        className={`outline-row${active ? " is-active" : ""}${selected ? " is-selected" : ""}${row.referenceTo ? " is-reference" : ""}${row.shape === "group" ? " is-group" : ""}`}
        style={{ "--depth": row.depth } as React.CSSProperties}
        onClick={(e) => {
          e.stopPropagation();
          onActivate();
        }}
      >
        <span className="outline-fold" aria-hidden="true" onClick={(e) => { e.stopPropagation(); onToggle(); }}>
          {expanded === undefined ? "" : expanded ? "▾" : "▸"}
        </span>
        <span className={`outline-kind outline-kind-${row.kind}`} aria-hidden="true">
          <span className="outline-kind-icon">{KIND_LABEL[row.kind].icon}</span>
          {row.shape === "group" ? `jointly ${KIND_LABEL[row.kind].word}` : KIND_LABEL[row.kind].word}
        </span>
        {editing !== null ? (
          <input
            className="input input-sm outline-input"
            aria-label="Wording of this claim"
            autoFocus
            value={editing}
            onChange={(e) => onEditChange(e.target.value)}
            onClick={(e) => e.stopPropagation()}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === "Enter") {
                e.preventDefault();
                onEditSave();
              } else if (e.key === "Escape") {
                e.preventDefault();
                onEditCancel();
              }
            }}
          />
        ) : (
          <span className="outline-text" aria-hidden="true">
            {row.shape === "group" ? <span className="faint">{row.childIds.filter((id) => outline.byId.get(id)?.claimId).length} premises, together</span> : text}
            {referenceDirection && <span className="outline-see">see {referenceDirection} {referenceDirection === "above" ? "↑" : "↓"}</span>}
          </span>
        )}
      </li>
      {draft}
    </>
  );
}

function DraftRow(props: { depth: number; label: string; kind: string; value: string; busy: boolean; onChange: (v: string) => void; onSave: () => void; onCancel: () => void }) {
  return (
    <li role="treeitem" aria-level={props.depth + 1} aria-selected={false} aria-label={props.label} className="outline-row outline-draft" style={{ "--depth": props.depth } as React.CSSProperties}>
      <span className="outline-fold" aria-hidden="true" />
      <span className={`outline-kind outline-kind-${props.kind}`} aria-hidden="true">
        <span className="outline-kind-icon">{KIND_LABEL[props.kind as keyof typeof KIND_LABEL].icon}</span>
        {KIND_LABEL[props.kind as keyof typeof KIND_LABEL].word}
      </span>
      <input
        className="input input-sm outline-input"
        aria-label={props.label}
        placeholder="Type the reason; Enter adds it, Esc cancels"
        autoFocus
        aria-busy={props.busy}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter") {
            e.preventDefault();
            if (!props.busy) props.onSave();
          } else if (e.key === "Escape") {
            e.preventDefault();
            props.onCancel();
          }
        }}
      />
    </li>
  );
}
