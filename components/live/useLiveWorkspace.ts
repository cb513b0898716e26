"use client";

import { useEffect, useRef, useState } from "react";
import { CLIENT_ID } from "@/components/ui/api";

export interface PresentMember {
  userId: string;
  label: string;
}

/**
 * Follow a workspace's live events: calls `onChange(topic)` when someone else (another person or
 * another tab) writes, and returns who has the workspace open. EventSource reconnects by itself.
 */
export function useLiveWorkspace(workspaceId: string, onChange: (topic: string) => void): { present: PresentMember[]; connected: boolean } {
  const [present, setPresent] = useState<PresentMember[]>([]);
  const [connected, setConnected] = useState(false);
  const callback = useRef(onChange);
  callback.current = onChange;

  useEffect(() => {
    const source = new EventSource(`/api/workspaces/${workspaceId}/events?client=${encodeURIComponent(CLIENT_ID)}`);
    source.addEventListener("open", () => setConnected(true));
    source.addEventListener("error", () => setConnected(false));
    source.addEventListener("presence", (event) => setPresent((JSON.parse((event as MessageEvent<string>).data) as { present: PresentMember[] }).present));
    source.addEventListener("change", (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as { topic: string; clientId: string | null };
      if (change.clientId !== CLIENT_ID) callback.current(change.topic);
    });
    return () => source.close();
  }, [workspaceId]);

  return { present, connected };
}
