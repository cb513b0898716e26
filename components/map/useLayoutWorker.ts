"use client";

import { useCallback, useEffect, useRef } from "react";
import type { LayoutAlgorithm, LayoutEdge, LayoutNode, Positions } from "@/lib/graph/layout";
import type { LayoutReply, LayoutRequest } from "./layout.worker";

type Pending = { resolve: (result: { positions: Positions; ms: number }) => void; reject: (error: Error) => void };

/**
 * Lay out in a Web Worker. The worker starts on first use and lives as long as the map; a request
 * made while another runs waits its turn inside the worker. The time elk took is published on
 * <html data-layout-ms> for the benchmark.
 */
export function useLayoutWorker() {
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);

  useEffect(() => {
    const waiting = pending.current;
    return () => {
      worker.current?.terminate();
      worker.current = null;
      for (const p of waiting.values()) p.reject(new Error("The map was closed before the layout finished."));
      waiting.clear();
    };
  }, []);

  return useCallback((nodes: LayoutNode[], edges: LayoutEdge[], algorithm: LayoutAlgorithm) => {
    if (!worker.current) {
      worker.current = new Worker(new URL("./layout.worker.ts", import.meta.url));
      worker.current.onmessage = (event: MessageEvent<LayoutReply>) => {
        const reply = event.data;
        const waiter = pending.current.get(reply.id);
        pending.current.delete(reply.id);
        if (!waiter) return;
        if ("error" in reply) waiter.reject(new Error(reply.error));
        else {
          document.documentElement.dataset.layoutMs = String(Math.round(reply.ms));
          waiter.resolve({ positions: reply.positions, ms: reply.ms });
        }
      };
      worker.current.onerror = (event) => {
        for (const p of pending.current.values()) p.reject(new Error(event.message || "The layout worker failed."));
        pending.current.clear();
      };
    }
    const id = nextId.current++;
    return new Promise<{ positions: Positions; ms: number }>((resolve, reject) => {
      pending.current.set(id, { resolve, reject });
      worker.current!.postMessage({ id, nodes, edges, algorithm } satisfies LayoutRequest);
    });
  }, []);
}
