"use client";

import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useNodesState,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
  type Viewport,
} from "@xyflow/react";
import { flushSync } from "react-dom";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLiveWorkspace } from "@/components/live/useLiveWorkspace";
import { CommentSummaryProvider, useCommentSummary } from "@/components/discussion/comment-summary";
import { api } from "@/components/ui/api";
import type { CommentSummary } from "@/lib/discussion/types";
import { estimateCardSize, LAYERED_FULL_MAX_CLAIMS, spanningForest, treeLayout, type Positions } from "@/lib/graph/layout";
import { placeNearNeighbours } from "@/lib/graph/placement";
import { tagCounts } from "@/lib/graph/tags";
import { sourceColor } from "@/lib/graph/palette";
import type { MapClaim, WorkspaceMap } from "@/lib/graph/types";
import { expandMap, type CompactMap } from "@/lib/graph/map-wire";
import { claimStubs, longEdgeIds, type ClaimStub, type HandleEnd } from "@/lib/graph/partial-edges";
import { ClaimPanel } from "./ClaimPanel";
import { ConnectDialog, NewClaimDialog, useSubmit, type ConnectRequest } from "./dialogs";
import { EdgePanel } from "./EdgePanel";
import { HighlightLegend, Legend, MapMarkers } from "./Legend";
import { edgeTypes, nodeTypes } from "./node-types";
import { claimNode, describeEdge, edgeIdOfJunction, equivalenceEdge, inferenceEdges, inferenceIdOfFlowEdge, placeJunctions, shorten, undercutEdge, withCommentCounts, withMeasuredHandles, type ClaimFlowNode, type MapFlowNode } from "./to-flow";
import { UndercutPanel } from "./UndercutPanel";
import { MapViewBar } from "./MapViewBar";
import { ExportMenu } from "./ExportMenu";
import { LayoutMenu } from "./LayoutMenu";
import { useLayoutWorker } from "./useLayoutWorker";
import { nextClaim, type Direction } from "@/lib/graph/keyboard-nav";
import { hiddenStanceCount, parseViewFilter, viewFilterParams, visiblePart, type ViewFilter } from "@/lib/graph/view-filter";
import { useMemberStanceMap, useWorkspaceMembers } from "./useMemberStances";
import { isGradualMapSemantics } from "@/lib/argumentation/map-evaluation";
import { evaluationViewParams, parseEvaluationView, type EvaluationView } from "@/lib/graph/evaluation-view";
import { EvaluateControl } from "./EvaluateControl";
import { EvaluationSection } from "./EvaluationSection";
import { EvaluationLegend } from "./NodeVerdict";
import { useEvaluation } from "./useEvaluation";
import { pathToThesis } from "@/lib/graph/path-to-thesis";
import { ThesisPathControl } from "./ThesisPathControl";
import { collapsedPart } from "@/lib/graph/collapse";
import { printViewport } from "@/lib/graph/print-fit";
import { FoldContext, type FoldState } from "./FoldToggle";
import { StubContext, type StubActions } from "./ClaimStubs";
import { fitsReadably, mostArguedClaim } from "@/lib/graph/opening-view";
import { OutlinePane } from "@/components/outline/OutlinePane";
import { defaultOutlineThesis, OUTLINE_PARAM, writeOutlineToUrl } from "@/components/outline/outline-url";
import { equivalenceGroupsOf, equivalenceLinks, mergeEquivalentClaims } from "@/lib/graph/equivalence";
import { EquivalenceLegend, EquivalenceToggle } from "./EquivalenceControls";

type Selected = { type: "claim" | "edge"; id: string } | null;

/** Framing the map keeps cards clear of the canvas's edges (the toolbar sits above the canvas). */
const FIT_PADDING = { top: "40px", right: "40px", bottom: "40px", left: "40px" } as const;
/** The zoom a big map opens at: cards legible, and a family of reasons across the screen. */
const OPENING_ZOOM = 0.8;
/** Where the opening view puts the top of the claim it opens on, below the canvas's top edge. */
const OPENING_TOP_MARGIN = 48;

/** Where a placed card's handle is: "out" (top middle) where its reasons leave, "in" (bottom middle) where its own arrive. */
function handleOf(id: string, end: HandleEnd, placed: Positions, claims: ReadonlyMap<string, MapClaim>): { x: number; y: number } | undefined {
  const at = placed[id];
  const claim = claims.get(id);
  if (!at || !claim) return undefined;
  const size = estimateCardSize(claim.text, claim.type === "thesis");
  return { x: at.x + size.width / 2, y: end === "out" ? at.y : at.y + size.height };
}

export function ArgumentMap(props: { initial: CompactMap; canEdit: boolean; focusClaimId: string | null }) {
  return (
    <CommentSummaryProvider workspaceId={props.initial.workspace.id}>
      <ReactFlowProvider>
        <MapCanvas {...props} />
      </ReactFlowProvider>
    </CommentSummaryProvider>
  );
}

function MapCanvas({ initial, canEdit, focusClaimId }: { initial: CompactMap; canEdit: boolean; focusClaimId: string | null }) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const searchParams = useSearchParams();
  // ?focus=<claim>&with=<claim> (the disagreements page's "Show on map"): open the first claim and
  // fit both into view. Read once: later URL changes do not move the map.
  const [focusPair] = useState(() => {
    const focus = searchParams.get("focus");
    const other = searchParams.get("with");
    return focus ? (other ? [focus, other] : [focus]) : [];
  });
  const [storedMap, setMap] = useState(() => expandMap(initial));
  const [view, setView] = useState<ViewFilter>(() => parseViewFilter(new URLSearchParams(searchParams.toString())));
  // Merged view: one card per proposition (lib/graph/equivalence.ts); everything below draws and evaluates it.
  const map = useMemo(() => (view.equivalence === "merged" ? mergeEquivalentClaims(storedMap) : storedMap), [storedMap, view.equivalence]);
  const equivalenceGroupCount = useMemo(() => equivalenceGroupsOf(storedMap).length, [storedMap]);
  const [nodes, setNodes] = useNodesState<MapFlowNode>([]);
  const mapRef = useRef(map);
  mapRef.current = map;
  // Junctions (where undercuts meet an edge) follow the claims they sit between.
  const applyChanges = useCallback(
    (changes: NodeChange<MapFlowNode>[]) =>
      setNodes((ns) => {
        const changed = applyNodeChanges(changes, ns);
        // Only the junctions of edges at a moved or newly measured card can move: on a big map
        // placing all 5,000 junctions for each card measured made panning stutter.
        const moved = changes.every((c) => c.type === "position" || c.type === "select" || c.type === "dimensions") ? new Set(changes.map((c) => c.id)) : undefined;
        return placeJunctions(changes.some((c) => c.type === "dimensions") ? withMeasuredHandles(changed) : changed, mapRef.current.edges, mapRef.current.undercuts, moved);
      }),
    [setNodes],
  );
  // While the view moves, cards scrolling into view are measured one batch per frame; each batch
  // handed back to React Flow made it re-read every node (2,000 cards on a big map) in that frame.
  // Measurements wait for the view to stop (estimated sizes stand in meanwhile) and land as one change.
  const viewMoving = useRef(false);
  const measuredWhileMoving = useRef<NodeChange<MapFlowNode>[]>([]);
  const onNodesChange = useCallback(
    (changes: NodeChange<MapFlowNode>[]) => {
      if (viewMoving.current && changes.every((c) => c.type === "dimensions")) measuredWhileMoving.current.push(...changes);
      else applyChanges(changes);
    },
    [applyChanges],
  );
  const initialClaim = focusPair[0] ?? focusClaimId;
  const [evaluationView, setEvaluationView] = useState<EvaluationView>(() => parseEvaluationView(new URLSearchParams(searchParams.toString())));
  const [thesisId, setThesisId] = useState<string | null>(() => searchParams.get("thesis"));
  const [collapsed, setCollapsed] = useState<string[]>(() => (searchParams.get("collapsed") ?? "").split(",").filter(Boolean));
  const [trail, setTrail] = useState<string[]>([]);
  const [outlineThesis, setOutlineThesis] = useState<string | null>(() => searchParams.get(OUTLINE_PARAM));
  const changeOutline = useCallback((next: string | null) => {
    setOutlineThesis(next);
    writeOutlineToUrl(next);
  }, []);
  const [selected, setSelected] = useState<Selected>(initialClaim ? { type: "claim", id: initialClaim } : null);
  const [pendingEdge, setPendingEdge] = useState<{ from: string; to: string } | null>(null);
  const [newClaimOpen, setNewClaimOpen] = useState(false);
  const [toast, setToast] = useState<{ text: string; error?: boolean } | null>(null);
  const positions = useRef<Positions>({});
  // Counts placings (a layout, a refetch, a drag's end): what depends on where cards are recomputes then.
  const [placement, setPlacement] = useState(0);
  const firstLayoutDone = useRef(false);
  // Set once the reader picks the view (a pan or zoom, Fit view, printing): a layout landing later
  // must then leave the viewport alone.
  const viewChosenByReader = useRef(false);
  const canvasRef = useRef<HTMLDivElement>(null);
  // A first view re-framed after a late layout waits for React Flow to hold the moved cards (below).
  const reframeWhenPlaced = useRef<(() => void) | null>(null);
  useEffect(() => {
    const frame = reframeWhenPlaced.current;
    reframeWhenPlaced.current = null;
    if (frame) requestAnimationFrame(frame);
  }, [placement]);
  const runLayout = useLayoutWorker();
  // Below this zoom card text is unreadable anyway; cards switch to a simpler look (CSS only, so
  // zooming re-renders no node).
  const zoomedOut = useStore((s) => s.transform[2] < 0.45);
  const connectSubmit = useSubmit();
  const newClaimSubmit = useSubmit();
  const workspaceId = map.workspace.id;

  const showToast = useCallback((text: string, error = false) => {
    setToast({ text, error });
    window.setTimeout(() => setToast(null), 4000);
  }, []);

  const refresh = useCallback(async () => {
    setMap(expandMap(await api<CompactMap>(`/api/workspaces/${workspaceId}/map?shape=compact`)));
  }, [workspaceId]);

  // Someone else changed the workspace: refetch once for a burst of changes.
  const liveRefresh = useRef<number | null>(null);
  const { present } = useLiveWorkspace(workspaceId, (topic) => {
    // Comments move only the badges; an open thread is not reloaded under someone's typing.
    if (topic === "comments") {
      refreshComments();
      return;
    }
    if (liveRefresh.current !== null) window.clearTimeout(liveRefresh.current);
    liveRefresh.current = window.setTimeout(() => {
      liveRefresh.current = null;
      refresh().catch(() => showToast("Could not load the latest changes. Reload the page.", true));
    }, 120);
  });
  // Comment badges come from their own summary (components/discussion/comment-summary.tsx); the
  // ref lets a later placement of nodes pick up the counts already known.
  const { summary: commentSummary, refresh: refreshComments } = useCommentSummary();
  const commentCounts = useRef<CommentSummary["claims"]>({});
  useEffect(() => {
    commentCounts.current = commentSummary?.claims ?? {};
    // Only the cards whose counts changed get new objects: a new object re-renders its card.
    const sameCounts = (a: CommentSummary["claims"][string] | undefined, b: CommentSummary["claims"][string] | undefined) => a?.total === b?.total && a?.unread === b?.unread;
    setNodes((ns) => ns.map((n) => (n.type === "claim" && !sameCounts(n.data.comments, commentCounts.current[n.id]) ? withCommentCounts(n, commentCounts.current[n.id]) : n)));
  }, [commentSummary, setNodes]);

  // Place every claim: saved positions win; unplaced claims get the elk layout on first view, or a
  // spot beside a neighbour later, so adding a claim never reshuffles the map.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const known = positions.current;
      // Saved positions are the truth, so a claim someone else moved moves here too.
      for (const claim of map.claims) if (claim.position) known[claim.id] = claim.position;
      const missing = map.claims.filter((c) => !known[c.id]);
      const layoutNodes = () => map.claims.map((c) => ({ id: c.id, ...estimateCardSize(c.text, c.type === "thesis") }));
      const layoutEdges = () => map.edges.map((e) => ({ id: e.id, from: e.from, to: e.to }));
      const frameFirstView = () => {
        const focus = focusClaimId ? known[focusClaimId] : undefined;
        const pairOnMap = focusPair.filter((id) => known[id]);
        // React Flow queues this fitView until the nodes are measured, so it frames their real size.
        if (pairOnMap.length > 0) void flow.fitView({ nodes: pairOnMap.map((id) => ({ id })), padding: FIT_PADDING, maxZoom: 1.1, duration: 0 });
        else if (focus) flow.setCenter(focus.x + 130, focus.y + 50, { zoom: 1.1, duration: 0 });
        else {
          const canvas = flowStore.getState();
          const canvasWidth = canvas.width || window.innerWidth;
          const canvasHeight = canvas.height || window.innerHeight;
          // From the positions just placed: React Flow may not hold the new nodes yet.
          const xs = map.claims.map((c) => known[c.id]?.x ?? 0);
          const ys = map.claims.map((c) => known[c.id]?.y ?? 0);
          const bounds = { width: Math.max(...xs) - Math.min(...xs) + 300, height: Math.max(...ys) - Math.min(...ys) + 150 };
          // With the outline open from a link, the map opens on the outline's root claim.
          const chosen = outlineThesis && known[outlineThesis] ? outlineThesis : null;
          const hub = fitsReadably(bounds, { width: canvasWidth - 80, height: canvasHeight - 80 }) ? null : (chosen ?? mostArguedClaim(map.claims, map.edges));
          const at = hub ? known[hub] : undefined;
          // Too big to read whole: open on the claim most argued about, its card just below the
          // canvas's top and its reasons under it (lib/graph/opening-view.ts says why).
          if (hub && at) flow.setViewport({ x: canvasWidth / 2 - (at.x + 130) * OPENING_ZOOM, y: OPENING_TOP_MARGIN - at.y * OPENING_ZOOM, zoom: OPENING_ZOOM }, { duration: 0 });
          else flow.fitView({ padding: FIT_PADDING, minZoom: 0.5, maxZoom: 1 }); // the whole map, readable
        }
      };
      if (missing.length > 0 && !firstLayoutDone.current && map.claims.length > LAYERED_FULL_MAX_CLAIMS) {
        // A big map gets the tree the worker would compute anyway (linear time, milliseconds here):
        // starting the worker and copying the map to it and back would only delay the first view.
        const layout = treeLayout(layoutNodes(), spanningForest(layoutNodes(), layoutEdges()));
        for (const c of missing) known[c.id] = layout[c.id] ?? { x: 0, y: 0 };
        document.documentElement.dataset.mapLayout = "settled";
      } else if (missing.length > 0 && !firstLayoutDone.current) {
        // elk runs in a worker; if it is slow, a tidy tree (linear time, here) shows the map at once
        // and the worker's layout replaces it for the claims nobody has placed meanwhile.
        const fromWorker = runLayout(layoutNodes(), layoutEdges(), "layered").catch(() => null);
        const quick = await Promise.race([fromWorker, new Promise<null>((r) => window.setTimeout(() => r(null), 1200))]);
        const layout = quick?.positions ?? treeLayout(layoutNodes(), spanningForest(layoutNodes(), layoutEdges()));
        for (const c of missing) known[c.id] = layout[c.id] ?? { x: 0, y: 0 };
        if (quick) document.documentElement.dataset.mapLayout = "settled";
        else {
          const provisional = new Map(missing.map((c) => [c.id, known[c.id]!]));
          void fromWorker.then((result) => {
            if (!result || cancelled) return;
            const moved = new Set<string>();
            for (const [id, at] of provisional) {
              if (known[id] === at && result.positions[id]) {
                known[id] = result.positions[id]!;
                moved.add(id);
              }
            }
            setNodes((ns) => placeJunctions(ns.map((n) => (moved.has(n.id) ? { ...n, position: known[n.id]! } : n)), mapRef.current.edges, mapRef.current.undercuts));
            setPlacement((n) => n + 1);
            // The cards moved under the first view: frame it again unless the reader has already panned,
            // once React Flow holds the moved cards (an effect of this placement, below): framed any
            // earlier, a slow first load framed the cards' old places.
            if (!viewChosenByReader.current) reframeWhenPlaced.current = frameFirstView;
            // Tests (and anything else that needs cards to stay put) wait for this.
            document.documentElement.dataset.mapLayout = "settled";
          });
        }
      } else if (missing.length > 0) {
        const sizes = new Map(map.claims.map((c) => [c.id, estimateCardSize(c.text, c.type === "thesis")]));
        const centre = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
        Object.assign(known, placeNearNeighbours(missing.map((c) => c.id), known, (id) => sizes.get(id) ?? { width: 260, height: 80 }, map.edges, centre));
      }
      if (cancelled) return;
      const claimNodes = map.claims.map((c) => ({ ...claimNode(c, known[c.id]!, commentCounts.current[c.id]), selected: selected?.type === "claim" && selected.id === c.id }));
      setNodes((previous) => {
        // A card already measured keeps its measurement (and so its real handles) when its claim
        // comes back unchanged from a refetch: otherwise every edge would wait for it to be measured again.
        const before = new Map(previous.map((n) => [n.id, n]));
        const kept = claimNodes.map((n) => {
          const old = before.get(n.id);
          if (old?.type !== "claim" || !old.measured || old.handles || old.data.claim.text !== n.data.claim.text || old.data.claim.type !== n.data.claim.type) return n;
          const { handles: _estimated, ...rest } = n;
          return { ...rest, measured: old.measured };
        });
        return placeJunctions([...kept, ...previous.filter((n) => n.type === "junction")], map.edges, map.undercuts);
      });
      setPlacement((n) => n + 1);
      if (!firstLayoutDone.current) {
        firstLayoutDone.current = true;
        requestAnimationFrame(() => {
          frameFirstView();
          document.documentElement.dataset.mapReady = "true";
          if (missing.length === 0) document.documentElement.dataset.mapLayout = "settled";
        });
      }
    })();
    return () => {
      cancelled = true;
    };
    // Selection changes restyle nodes through React Flow itself; only the map drives placement.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);

  // Lookups by id: the edge list is rebuilt on every selection, and at 2,000 claims and 5,000 edges a
  // linear search per edge made that a noticeable pause.
  const claimById = useMemo(() => new Map(map.claims.map((c) => [c.id, c])), [map.claims]);
  const edgeById = useMemo(() => new Map(map.edges.map((e) => [e.id, e])), [map.edges]);
  const claimText = useCallback((id: string) => claimById.get(id)?.text ?? "", [claimById]);
  const [stanceMembersWanted, setStanceMembersWanted] = useState(view.stance !== null);
  // One members list for the stance filter and the evaluation's perspective picker.
  const evaluationWantsMembers = evaluationView.semantics !== null && isGradualMapSemantics(evaluationView.semantics);
  const workspaceMembers = useWorkspaceMembers(workspaceId, stanceMembersWanted || evaluationWantsMembers);
  const { evaluation, baseNote, error: evaluationStanceError } = useEvaluation(map, evaluationView, workspaceMembers.members);
  const evaluationError = workspaceMembers.error ?? evaluationStanceError;
  const stanceFilter = useMemberStanceMap(workspaceId, view.stance?.member ?? null, map);
  const hiddenStances = stanceFilter.stances ? hiddenStanceCount(stanceFilter.stances) : 0;
  const stanceNote = workspaceMembers.error ?? stanceFilter.error ?? (view.stance && hiddenStances > 0 ? `${hiddenStances} of their stances ${hiddenStances === 1 ? "is" : "are"} hidden until you mark the same claims (blind mode).` : null);
  const visible = useMemo(() => visiblePart(map, view, stanceFilter.stances), [map, view, stanceFilter.stances]);
  const changeView = useCallback(
    (next: ViewFilter) => {
      if (next.focus !== view.focus) {
        setTrail((t) => {
          if (!next.focus) return [];
          const at = t.indexOf(next.focus);
          if (at >= 0) return t.slice(0, at);
          return view.focus ? [...t, view.focus] : t;
        });
      }
      setView(next);
      writeViewToUrl(next, evaluationView, thesisId, collapsed);
    },
    [view.focus, evaluationView, thesisId, collapsed],
  );
  const changeEvaluationView = useCallback(
    (next: EvaluationView) => {
      setEvaluationView(next);
      writeViewToUrl(view, next, thesisId, collapsed);
    },
    [view, thesisId, collapsed],
  );
  const changeThesis = useCallback(
    (next: string | null) => {
      setThesisId(next);
      writeViewToUrl(view, evaluationView, next, collapsed);
    },
    [view, evaluationView, collapsed],
  );
  const toggleFold = useCallback(
    (claimId: string) => {
      const next = collapsed.includes(claimId) ? collapsed.filter((id) => id !== claimId) : [...collapsed, claimId];
      setCollapsed(next);
      writeViewToUrl(view, evaluationView, thesisId, next);
    },
    [view, evaluationView, thesisId, collapsed],
  );
  // Cards get one toggle for good: a new function on every view change would re-render every card.
  const toggleFoldRef = useRef(toggleFold);
  toggleFoldRef.current = toggleFold;
  const stableToggleFold = useCallback((claimId: string) => toggleFoldRef.current(claimId), []);
  const folded = useMemo(() => {
    const present = new Set(map.claims.map((c) => c.id));
    return collapsedPart(collapsed.filter((id) => present.has(id)), map.edges, map.undercuts);
  }, [collapsed, map.claims, map.edges, map.undercuts]);
  // Cards with reasons get the collapse toggle; a collapsed card says how many it hides.
  const foldStates = useMemo(() => {
    const states = new Map<string, FoldState>();
    const withReasons = new Set([...map.edges.map((e) => e.to), ...map.undercuts.flatMap((u) => edgeById.get(u.targetEdgeId)?.to ?? [])]);
    for (const id of withReasons) states.set(id, { collapsed: false, hiddenCount: 0 });
    for (const [id, count] of folded.hiddenBy) states.set(id, { collapsed: true, hiddenCount: count });
    return states;
  }, [map.edges, map.undercuts, edgeById, folded]);
  const edgeFolded = useCallback(
    (edgeId: string) => {
      if (folded.hidden.size === 0) return false;
      const edge = edgeById.get(edgeId);
      return !!edge && [edge.to, ...(edge.premises.length ? edge.premises : [edge.from])].some((id) => folded.hidden.has(id));
    },
    [edgeById, folded],
  );
  const selectedClaimId = selected?.type === "claim" ? selected.id : null;
  const thesisPath = useMemo(
    () => (thesisId && selectedClaimId && map.claims.some((c) => c.id === thesisId) ? pathToThesis(selectedClaimId, thesisId, map.edges) : null),
    [thesisId, selectedClaimId, map.claims, map.edges],
  );
  useEffect(() => {
    if (!firstLayoutDone.current || !view.focus) return;
    requestAnimationFrame(() => void flow.fitView({ nodes: [...visible.claims].map((id) => ({ id })), padding: FIT_PADDING, maxZoom: 1, duration: 250 }));
    // Refit when the focus or its reach changes, not on every edit inside the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.focus, view.depth]);
  // On a big map the junctions nothing ends on (most of them: one per edge) join React Flow only while
  // a claim is being connected, the one time they matter (as drop targets): every node React Flow
  // holds costs work on every frame of a pan (visibility, the minimap), and these were 5,000 of 7,000.
  const renderOnlyVisible = map.claims.length > 150;
  // Big maps draw a long edge as stubs at its cards unless it is in play: selected, at the selected
  // claim, or on the highlighted path (lib/graph/partial-edges.ts); React Flow then does not draw it.
  // Lengths come from the placed positions (not from every frame of a drag): `placement` counts placings.
  const longEdges = useMemo(() => {
    if (!renderOnlyVisible) return new Set<string>();
    return longEdgeIds(map.edges.filter((e) => e.premises.length === 1), (id, end) => handleOf(id, end, positions.current, claimById));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map.edges, claimById, renderOnlyVisible, placement]);
  const stubbedEdges = useMemo(() => {
    const ids = new Set<string>();
    for (const id of longEdges) {
      const edge = edgeById.get(id);
      if (!edge || !visible.edges.has(id) || edgeFolded(id)) continue;
      const inPlay = (selected?.type === "edge" && selected.id === id) || selectedClaimId === edge.from || selectedClaimId === edge.to || thesisPath?.edges.has(id);
      if (!inPlay) ids.add(id);
    }
    return ids;
  }, [longEdges, edgeById, visible, edgeFolded, selected, selectedClaimId, thesisPath]);
  // A card whose stubs did not change keeps its list, so only the cards whose stubs changed re-render.
  const previousStubs = useRef(new Map<string, ClaimStub[]>());
  const stubsByClaim = useMemo(() => {
    const fresh = claimStubs(
      [...stubbedEdges].map((id) => edgeById.get(id)!),
      (id, end) => handleOf(id, end, positions.current, claimById),
    );
    const kept = new Map<string, ClaimStub[]>();
    for (const [claimId, stubs] of fresh) {
      const before = previousStubs.current.get(claimId);
      const same = before && before.length === stubs.length && before.every((b, i) => b.edgeId === stubs[i]!.edgeId && b.path === stubs[i]!.path);
      kept.set(claimId, same ? before : stubs);
    }
    previousStubs.current = kept;
    return kept;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stubbedEdges, edgeById, claimById, placement]);
  const connecting = useStore((s) => s.connection.inProgress);
  const shownNodes = useMemo(
    () =>
      (renderOnlyVisible && !connecting ? nodes.filter((n) => n.type !== "junction" || n.data.shown) : nodes).map((n) => {
        const hidden = n.type === "junction" ? !visible.edges.has(n.data.edgeId) || edgeFolded(n.data.edgeId) : !visible.claims.has(n.id) || folded.hidden.has(n.id);
        const pathClass = thesisPath ? (thesisPath.claims.has(n.id) ? "on-path" : "off-path") : "";
        const className = [n.type === "claim" && visible.matches.has(n.id) ? "match" : "", n.type === "claim" ? pathClass : ""].filter(Boolean).join(" ") || undefined;
        const verdict = n.type === "claim" ? evaluation?.claims.get(n.id) : undefined;
        const fold = n.type === "claim" ? foldStates.get(n.id) : undefined;
        const stubs = n.type === "claim" ? stubsByClaim.get(n.id) : undefined;
        if (n.type === "claim" && (n.data.verdict !== verdict || n.data.fold !== fold || n.data.stubs !== stubs)) return { ...n, hidden, className, data: { ...n.data, verdict, fold, stubs } };
        return !!n.hidden === hidden && n.className === className ? n : { ...n, hidden, className };
      }),
    [nodes, visible, evaluation, thesisPath, folded, foldStates, edgeFolded, renderOnlyVisible, connecting, stubsByClaim],
  );
  const jumpToMatch = useCallback(() => {
    const first = map.claims.find((c) => visible.matches.has(c.id));
    if (first) selectClaim(first.id);
    // selectClaim is stable for a given flow instance
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map.claims, visible.matches]);

  // The flow edges of the map, rebuilt only when the map changes; selection, filters and the thesis
  // path only restyle them below.
  const baseEdges = useMemo(
    () => [
      ...map.edges.flatMap((e) => inferenceEdges(e, claimText).map((flow) => ({ flow: flow as Edge, inference: e.id, undercut: null, link: null }))),
      ...map.undercuts
        .filter((u) => edgeById.has(u.targetEdgeId))
        .map((u) => ({ flow: undercutEdge(u, claimText, describeEdge(edgeById.get(u.targetEdgeId)!, claimText)) as Edge, inference: u.id, undercut: u, link: null })),
      ...equivalenceLinks(map).map((link) => ({ flow: equivalenceEdge(link, claimText) as Edge, inference: link.id, undercut: null, link })),
    ],
    [map, claimText, edgeById],
  );
  // An edge whose look did not change keeps its object, so React Flow re-renders only the edges that
  // changed (on a 5,000-edge map, a click used to redraw every edge in view).
  const styledEdges = useRef(new Map<string, { base: Edge; edge: Edge }>());
  const edges = useMemo(() => {
    const previous = styledEdges.current;
    const next = new Map<string, { base: Edge; edge: Edge }>();
    const result = baseEdges.map(({ flow, inference, undercut, link }) => {
      const isSelected = !link && selected?.type === "edge" && selected.id === inference;
      const hidden = link
        ? [link.a, link.b].some((id) => !visible.claims.has(id) || folded.hidden.has(id))
        : undercut
          ? !visible.undercuts.has(undercut.id) || folded.hidden.has(undercut.from) || edgeFolded(undercut.targetEdgeId)
          : !visible.edges.has(inference) || edgeFolded(inference) || stubbedEdges.has(inference);
      const className = undercut || link ? flow.className : [flow.className, thesisPath ? (thesisPath.edges.has(inference) ? "on-path" : "off-path") : undefined].filter(Boolean).join(" ") || undefined;
      const old = previous.get(flow.id);
      const edge = old && old.base === flow && !!old.edge.selected === isSelected && !!old.edge.hidden === hidden && old.edge.className === className ? old.edge : { ...flow, selected: isSelected, hidden, className };
      next.set(flow.id, { base: flow, edge });
      return edge;
    });
    styledEdges.current = next;
    return result;
  }, [baseEdges, selected, visible, thesisPath, folded, edgeFolded, stubbedEdges]);

  const onSelectionChange = useCallback(({ nodes: n, edges: e }: OnSelectionChangeParams) => {
    if (n.length === 1) setSelected({ type: "claim", id: n[0]!.id });
    else if (e.length >= 1 && n.length === 0 && new Set(e.map((x) => inferenceIdOfFlowEdge(x.id))).size === 1) setSelected({ type: "edge", id: inferenceIdOfFlowEdge(e[0]!.id) });
  }, []);

  // Edges are derived from the map, not held in React Flow's state, so a click or Enter on an edge
  // arrives only as a "select" change; without this the edge panel could never open.
  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const chosen = changes.find((c) => c.type === "select" && c.selected);
    if (chosen && chosen.type === "select") setSelected({ type: "edge", id: inferenceIdOfFlowEdge(chosen.id) });
  }, []);

  // React Flow still holds the previously selected card as selected; unless it is cleared, the next
  // selection change reports that card and the panel jumps back from the edge to it.
  const selectEdge = useCallback(
    (id: string) => {
      setSelected({ type: "edge", id });
      setNodes((ns) => (ns.some((n) => n.selected) ? ns.map((n) => (n.selected ? { ...n, selected: false } : n)) : ns));
    },
    [setNodes],
  );

  const stubActions = useMemo<StubActions>(
    () => ({
      selectEdge,
      describe: (stub) => {
        const verb = stub.kind === "support" ? "supports" : "opposes";
        const other = `“${shorten(claimText(stub.otherClaimId))}”`;
        return `${stub.end === "out" ? `A long link: this claim ${verb} ${other}` : `A long link: ${other} ${verb} this claim`}. Click to draw it whole.`;
      },
    }),
    [selectEdge, claimText],
  );

  const selectClaim = useCallback(
    (id: string) => {
      setSelected({ type: "claim", id });
      setNodes((ns) => ns.map((n) => (!!n.selected === (n.id === id) ? n : { ...n, selected: n.id === id })));
      const node = flow.getNode(id);
      if (node) flow.setCenter(node.position.x + 130, node.position.y + 50, { zoom: Math.max(flow.getZoom(), 0.9), duration: 300 });
    },
    [flow, setNodes],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: MapFlowNode[]) => {
      if (!canEdit) return;
      for (const node of dragged.filter((n) => n.type === "claim")) {
        positions.current[node.id] = node.position;
        api(`/api/workspaces/${workspaceId}/claims/${node.id}`, { method: "PATCH", body: { position: node.position } }).catch((e: Error) =>
          showToast(`The new position was not saved: ${e.message}`, true),
        );
      }
      setPlacement((n) => n + 1);
    },
    [canEdit, workspaceId, showToast],
  );

  // A claim dropped on an edge's junction joins its premises (linked); the server checks the rules.
  const addLinkedPremise = useCallback(async (edgeId: string, claimId: string) => {
    const edge = mapRef.current.edges.find((e) => e.id === edgeId);
    if (!edge) return;
    try {
      await api(`/api/workspaces/${workspaceId}/edges/${edgeId}/premises`, { body: { version: edge.version, claimId } });
      await refresh();
      setSelected({ type: "edge", id: edgeId });
      showToast("Premise added: the premises now argue for the conclusion only together.");
    } catch (e) {
      showToast(e instanceof Error ? e.message : "The premise was not added.", true);
      await refresh().catch(() => undefined);
    }
  }, [workspaceId, refresh, showToast]);

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!canEdit || !connection.source || !connection.target || connection.source === connection.target) return;
      const ontoEdge = edgeIdOfJunction(connection.target);
      if (ontoEdge) {
        void addLinkedPremise(ontoEdge, connection.source);
        return;
      }
      connectSubmit.setError(null);
      setPendingEdge({ from: connection.source, to: connection.target });
    },
    [canEdit, connectSubmit, addLinkedPremise],
  );

  async function createEdge(request: ConnectRequest) {
    if (!pendingEdge) return;
    await connectSubmit.run(async () => {
      const created = await api<{ id: string }>(`/api/workspaces/${workspaceId}/edges`, {
        body: { from: pendingEdge.from, to: pendingEdge.to, kind: request.kind, note: request.note, evidence: request.evidence },
      });
      setPendingEdge(null);
      await refresh();
      setSelected({ type: "edge", id: created.id });
      showToast(request.kind === "support" ? "Support added." : "Opposition added.");
    });
  }

  async function createClaim(text: string, type: string) {
    await newClaimSubmit.run(async () => {
      const center = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
      const created = await api<{ id: string }>(`/api/workspaces/${workspaceId}/claims`, { body: { text, type, position: center } });
      setNewClaimOpen(false);
      await refresh();
      setSelected({ type: "claim", id: created.id });
    });
  }

  // Printing: frame the shown claims for the page (lib/graph/print-fit.ts), then give the screen its
  // view back. flushSync so the new transform is in the DOM before the browser lays out the page.
  useEffect(() => {
    let screenView: Viewport | null = null;
    const beforePrint = () => {
      const shown = flow.getNodes().filter((n) => n.type === "claim" && !n.hidden);
      if (shown.length === 0 || screenView) return;
      screenView = flow.getViewport();
      // A layout landing mid-print must not re-frame the page under the printer.
      viewChosenByReader.current = true;
      flushSync(() => void flow.setViewport(printViewport(flow.getNodesBounds(shown)), { duration: 0 }));
    };
    const afterPrint = () => {
      if (screenView) void flow.setViewport(screenView, { duration: 0 });
      screenView = null;
    };
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    return () => {
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
    };
  }, [flow]);

  // Undo the caller's own last change (Ctrl/Cmd+Z outside text fields, or the toolbar button).
  const undo = useCallback(async () => {
    try {
      const result = await api<{ undone: string }>(`/api/workspaces/${workspaceId}/undo`, { method: "POST" });
      await refresh();
      showToast(`Undone: ${result.undone}`);
    } catch (e) {
      showToast(e instanceof Error ? e.message : "Nothing was undone.", true);
    }
  }, [workspaceId, refresh, showToast]);
  useEffect(() => {
    if (!canEdit) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z") {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canEdit, undo]);

  // Arrow keys move between connected claims; Escape closes the panel. Enter and Space on a focused
  // card or edge select it (React Flow), which opens its panel.
  const onMapKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if (event.key === "Escape") {
        setSelected(null);
        return;
      }
      const direction = ({ ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" } as Record<string, Direction>)[event.key];
      if (!direction) return;
      const focusedNode = target.closest<HTMLElement>(".react-flow__node")?.dataset.id;
      const current = focusedNode && visible.claims.has(focusedNode) ? focusedNode : selected?.type === "claim" ? selected.id : null;
      if (!current) return;
      const centres = new Map(
        flow
          .getNodes()
          .filter((n) => n.type === "claim" && visible.claims.has(n.id))
          .map((n) => [n.id, { x: n.position.x + (n.measured?.width ?? 260) / 2, y: n.position.y + (n.measured?.height ?? 80) / 2 }]),
      );
      // Up and down follow edges; left and right move among siblings (reasons for the same claim).
      const shown = map.edges.filter((e) => visible.edges.has(e.id));
      const neighbours = new Set<string>();
      if (direction === "up" || direction === "down") {
        for (const e of shown) if (e.from === current || e.to === current) neighbours.add(e.from === current ? e.to : e.from);
      } else {
        const parents = new Set(shown.filter((e) => e.from === current).map((e) => e.to));
        for (const e of shown) if (parents.has(e.to) && e.from !== current) neighbours.add(e.from);
      }
      const next = nextClaim(current, direction, centres, neighbours);
      // Handled before React Flow sees it (capture phase), which would otherwise nudge the card.
      event.preventDefault();
      event.stopPropagation();
      if (!next) return;
      selectClaim(next);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`)?.focus());
    },
    [flow, map.edges, visible, selected, selectClaim],
  );

  const selectedClaim = selected?.type === "claim" ? map.claims.find((c) => c.id === selected.id) : undefined;
  const selectedEdge = selected?.type === "edge" ? map.edges.find((e) => e.id === selected.id) : undefined;
  const selectedUndercut = selected?.type === "edge" ? map.undercuts.find((u) => u.id === selected.id) : undefined;
  const afterDelete = async (message: string) => {
    setSelected(null);
    await refresh();
    showToast(message);
  };

  return (
    <div className="map-wrap">
      {outlineThesis !== null && (
        <OutlinePane map={map} canEdit={canEdit} thesisId={outlineThesis} onThesisChange={changeOutline} onClose={() => changeOutline(null)} selectedClaimId={selectedClaimId} onSelectClaim={selectClaim} refresh={refresh} />
      )}
      <div ref={canvasRef} className={`map-canvas${zoomedOut ? " zoomed-out" : ""}`} data-testid="argument-map" onKeyDownCapture={onMapKeyDown}>
        <MapMarkers />
        <FoldContext.Provider value={stableToggleFold}>
        <StubContext.Provider value={stubActions}>
        <ReactFlow
          nodes={shownNodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          // Only a pan or zoom by the reader carries an event; fitView and setCenter do not.
          onMoveStart={(event) => {
            // Only the reader's own pans and zooms (Fit view, setCenter and the print framing carry no
            // event, and must leave cards measured at once: tests and printing read them right after).
            if (!event) return;
            viewChosenByReader.current = true;
            // While the view moves, the cards and edges are one composited layer that only slides and
            // scales: without it every frame of a pan repainted and rasterised the whole canvas. Only
            // while moving, so the text is drawn sharp again at the zoom the reader stops at.
            // A data attribute, not a class: React rewrites the class when zooming crosses the simple look.
            if (canvasRef.current) canvasRef.current.dataset.viewportMoving = "true";
            viewMoving.current = true;
          }}
          onMoveEnd={() => {
            if (canvasRef.current) delete canvasRef.current.dataset.viewportMoving;
            viewMoving.current = false;
            // A moment later, when the reader has most likely stopped (a pan is often followed by a zoom).
            window.setTimeout(() => {
              if (viewMoving.current || measuredWhileMoving.current.length === 0) return;
              const measured = measuredWhileMoving.current;
              measuredWhileMoving.current = [];
              applyChanges(measured);
            }, 250);
          }}
          onSelectionChange={onSelectionChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onPaneClick={() => setSelected(null)}
          isValidConnection={(c) => c.source !== c.target && !edgeIdOfJunction(c.source)}
          nodesDraggable={canEdit}
          nodesConnectable={canEdit}
          deleteKeyCode={null}
          onlyRenderVisibleElements={renderOnlyVisible}
          minZoom={0.15}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
          ariaLabelConfig={{ "node.a11yDescription.default": "Press Enter or Space to open this claim.", "edge.a11yDescription.default": "Press Enter or Space to open this edge." }}
        >
          <Background gap={24} color="#e4e1da" />
          <Controls position="bottom-right" showInteractive={false} />
          <MiniMap position="top-right" pannable zoomable style={{ background: "#fff", border: "1px solid var(--border)", borderRadius: 8 }} maskColor="rgba(240, 238, 233, 0.6)" nodeColor={(n) => (n.type === "claim" ? sourceColor((n.data as ClaimFlowNode["data"]).claim.source?.colorIndex) : "transparent")} nodeStrokeWidth={3} ariaLabel="Overview of the map" />
        </ReactFlow>
        </StubContext.Provider>
        </FoldContext.Provider>
        <div className="map-toolbar">
          <div className="card">
            {canEdit && (
              <button className="btn btn-sm btn-primary" onClick={() => { newClaimSubmit.setError(null); setNewClaimOpen(true); }}>
                + New claim
              </button>
            )}
            <button
              className="btn btn-sm btn-ghost"
              onClick={() => {
                // The reader chose this view: a layout landing later must not re-frame it.
                viewChosenByReader.current = true;
                void flow.fitView({ padding: FIT_PADDING, duration: 300 });
              }}
            >
              Fit view
            </button>
            {canEdit && <LayoutMenu map={map} runLayout={runLayout} onDone={async (message) => { await refresh(); showToast(message); requestAnimationFrame(() => void flow.fitView({ padding: FIT_PADDING, minZoom: 0.15, maxZoom: 1, duration: 300 })); }} onError={(message) => showToast(message, true)} />}
            <ExportMenu map={map} onError={(message) => showToast(message, true)} />
            <button className="btn btn-sm btn-ghost" aria-pressed={outlineThesis !== null} disabled={map.claims.length === 0} onClick={() => changeOutline(outlineThesis !== null ? null : defaultOutlineThesis(map, thesisId, selectedClaimId))}>Outline</button>
            {canEdit && (
              <button className="btn btn-sm btn-ghost" onClick={() => void undo()} title="Undo your last change (Ctrl+Z)" aria-keyshortcuts="Control+Z">
                Undo
              </button>
            )}
          </div>
          <span className="faint map-count">
            {map.claims.length} claims · {map.edges.length} edges{canEdit ? "" : map.role === "commenter" ? " · commenter: comments and stances" : ` · ${map.role}, read only`}
          </span>
          <ThesisPathControl
            theses={map.claims.filter((c) => c.type === "thesis")}
            thesisId={thesisId}
            onChange={changeThesis}
            selectedText={selectedClaimId ? claimText(selectedClaimId) : null}
            path={thesisPath}
          />
          {equivalenceGroupCount > 0 && <EquivalenceToggle mode={view.equivalence ?? "separate"} groups={equivalenceGroupCount} onChange={(mode) => changeView({ ...view, equivalence: mode })} />}
          <EvaluateControl view={evaluationView} onChange={changeEvaluationView} evaluation={evaluation} members={workspaceMembers.members} baseNote={baseNote} error={evaluationError} />
          {present.length > 0 && (
            <span className="presence" data-testid="presence" aria-label={`Here now: ${present.map((p) => p.label).join(", ")}`}>
              {present.slice(0, 5).map((p) => (
                <span key={p.userId} className="presence-dot" title={p.label} aria-hidden="true">
                  {p.label.slice(0, 1).toUpperCase()}
                </span>
              ))}
              <span className="faint">{present.length === 1 ? "only you here" : `${present.length} here now`}</span>
            </span>
          )}
          <MapViewBar
            view={view}
            onChange={changeView}
            sources={map.sources}
            hasOwnClaims={map.claims.some((c) => !c.source)}
            selectedClaimId={selected?.type === "claim" ? selected.id : null}
            focusText={view.focus ? claimText(view.focus) : null}
            trail={trail.map((id) => ({ id, text: claimText(id) }))}
            shown={visible.claims.size}
            total={map.claims.length}
            onJump={jumpToMatch}
            members={workspaceMembers.members}
            onWantMembers={() => setStanceMembersWanted(true)}
            stanceNote={stanceNote}
            tags={tagCounts(map.claims)}
          />
        </div>
        <Legend sources={map.sources} hasUnsourced={map.claims.some((c) => !c.source)} longEdgesAsStubs={renderOnlyVisible}>
          {evaluation && <EvaluationLegend semantics={evaluation.semantics} />}
          {equivalenceGroupCount > 0 && <EquivalenceLegend mode={view.equivalence ?? "separate"} />}
          {(visible.matches.size > 0 || thesisPath) && <HighlightLegend search={visible.matches.size > 0} path={!!thesisPath} />}
        </Legend>
        {map.claims.length === 0 && (
          <div className="card empty" style={{ position: "absolute", top: "30%", left: "50%", transform: "translateX(-50%)", maxWidth: 440, zIndex: 4 }}>
            <h2>This map is empty</h2>
            <p>Open a text and select a passage to make the first claim, or add a claim of your own.</p>
            <Link className="btn btn-primary" href={`/w/${workspaceId}/sources`}>Go to the texts</Link>
          </div>
        )}
      </div>

      {selectedClaim && (
        <ClaimPanel
          key={selectedClaim.id}
          map={map}
          claim={selectedClaim}
          canEdit={canEdit}
          onClose={() => setSelected(null)}
          onSelectEdge={selectEdge}
          onSelectClaim={selectClaim}
          onChanged={refresh}
          onDeleted={afterDelete}
          evaluation={
            evaluation?.claims.get(selectedClaim.id) && (
              <EvaluationSection map={map} verdict={evaluation.claims.get(selectedClaim.id)!} semantics={evaluation.semantics} onSelectClaim={selectClaim} />
            )
          }
        />
      )}
      {selectedEdge && (
        <EdgePanel
          key={selectedEdge.id}
          map={map}
          edge={selectedEdge}
          canEdit={canEdit}
          onClose={() => setSelected(null)}
          onSelectClaim={selectClaim}
          onSelectEdge={selectEdge}
          onChanged={refresh}
          onDeleted={afterDelete}
        />
      )}
      {selectedUndercut && (
        <UndercutPanel
          key={selectedUndercut.id}
          map={map}
          undercut={selectedUndercut}
          canEdit={canEdit}
          onClose={() => setSelected(null)}
          onSelectClaim={selectClaim}
          onSelectEdge={selectEdge}
          onChanged={refresh}
          onDeleted={afterDelete}
        />
      )}
      {pendingEdge && (
        <ConnectDialog
          from={map.claims.find((c) => c.id === pendingEdge.from)!}
          to={map.claims.find((c) => c.id === pendingEdge.to)!}
          sources={map.sources}
          busy={connectSubmit.busy}
          error={connectSubmit.error}
          onCancel={() => setPendingEdge(null)}
          onConnect={createEdge}
        />
      )}
      {newClaimOpen && <NewClaimDialog busy={newClaimSubmit.busy} error={newClaimSubmit.error} onCancel={() => setNewClaimOpen(false)} onCreate={createClaim} />}
      {toast && (
        <div className={`toast${toast.error ? " error" : ""}`} role="status">
          {toast.text}
        </div>
      )}
    </div>
  );
}

/** The view filter and the evaluation overlay share the URL, so a link reproduces both. */
function writeViewToUrl(view: ViewFilter, evaluationView: EvaluationView, thesisId: string | null, collapsed: string[]) {
  const params = viewFilterParams(view);
  for (const [key, value] of evaluationViewParams(evaluationView)) params.set(key, value);
  if (thesisId) params.set("thesis", thesisId);
  if (collapsed.length > 0) params.set("collapsed", collapsed.join(","));
  const outline = new URLSearchParams(window.location.search).get(OUTLINE_PARAM);
  if (outline) params.set(OUTLINE_PARAM, outline);
  // replaceState keeps Back for real navigation.
  window.history.replaceState(null, "", `${window.location.pathname}${params.size ? `?${params}` : ""}`);
}
