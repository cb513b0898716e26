"use client";

import Link from "next/link";
import { useState } from "react";
import { api } from "@/components/ui/api";
import type { ActivityItem } from "@/lib/server/services/history/activity-feed";

export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((now - new Date(iso).getTime()) / 1000);
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}

export function ActivityList({ workspaceId, initial }: { workspaceId: string; initial: { items: ActivityItem[]; next: string | null } }) {
  const [items, setItems] = useState(initial.items);
  const [next, setNext] = useState(initial.next);
  const [error, setError] = useState<string | null>(null);
  async function more() {
    try {
      const page = await api<{ items: ActivityItem[]; next: string | null }>(`/api/workspaces/${workspaceId}/activity?before=${next}`);
      setItems((current) => [...current, ...page.items]);
      setNext(page.next);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not load more.");
    }
  }
  if (items.length === 0) return <div className="card empty"><h2>Nothing yet</h2><p>Changes to texts, claims, edges and members appear here.</p></div>;
  return (
    <div className="card" style={{ padding: "6px 20px" }}>
      <ol className="activity-list" data-testid="activity-list">
        {items.map((item) => (
          <li key={item.id}>
            <span className="activity-who">{item.actor}</span>{" "}
            {item.href ? <Link href={item.href}>{item.summary}</Link> : <span>{item.summary}</span>}
            <time className="faint" dateTime={item.createdAt} title={new Date(item.createdAt).toLocaleString()}>
              {relativeTime(item.createdAt)}
            </time>
          </li>
        ))}
      </ol>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      {next && (
        <div style={{ padding: "10px 0 14px" }}>
          <button className="btn btn-sm" onClick={more}>Show older</button>
        </div>
      )}
    </div>
  );
}
