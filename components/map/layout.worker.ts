/// <reference lib="webworker" />
/**
 * elkjs off the main thread: a big map takes seconds to lay out, and the page must keep answering
 * clicks, drags and scrolling meanwhile. One request at a time; the hook matches replies by id.
 */
import { arrangeMap, type LayoutAlgorithm, type LayoutEdge, type LayoutNode, type Positions } from "@/lib/graph/layout";

export type LayoutRequest = { id: number; nodes: LayoutNode[]; edges: LayoutEdge[]; algorithm: LayoutAlgorithm };
export type LayoutReply = { id: number; positions: Positions; ms: number } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const answer = async (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges, algorithm } = event.data;
  const started = performance.now();
  try {
    const positions = await arrangeMap(nodes, edges, algorithm);
    scope.postMessage({ id, positions, ms: performance.now() - started } satisfies LayoutReply);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies LayoutReply);
  } finally {
    // elk, loaded on the first layered or force layout, claims this worker's onmessage for itself
    // (lib/graph/layout.ts gives it back as soon as it can; this is the backstop).
    scope.onmessage = answer;
  }
};
scope.onmessage = answer;
