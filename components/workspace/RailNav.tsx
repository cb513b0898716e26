"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SearchBox } from "@/components/search/SearchBox";
import { sourceColor } from "@/lib/graph/palette";

export interface RailSource {
  id: string;
  title: string;
  author: string;
  colorIndex: number;
}

export function RailNav({ workspaceId, sources }: { workspaceId: string; sources: RailSource[] }) {
  const pathname = usePathname();
  const base = `/w/${workspaceId}`;
  const link = (href: string, label: string, exact = true) => (
    <Link href={href} aria-current={(exact ? pathname === href : pathname.startsWith(href)) ? "page" : undefined}>
      {label}
    </Link>
  );
  return (
    <nav className="rail" aria-label="Workspace">
      <SearchBox workspaceId={workspaceId} defaultValue="" />
      {link(`${base}/map`, "Argument map")}
      {link(`${base}/sources`, "Sources")}
      {link(`${base}/disagreements`, "Disagreements")}
      {link(`${base}/stances`, "Stances")}
      {link(`${base}/briefs`, "Debate briefs", false)}
      {link(`${base}/activity`, "Activity")}
      {link(`${base}/members`, "Members")}
      {link(`${base}/search`, "Search")}
      {sources.length > 0 && <div className="rail-heading">Texts</div>}
      {sources.map((s) => (
        <Link
          key={s.id}
          href={`${base}/sources/${s.id}`}
          className="source-link"
          aria-current={pathname === `${base}/sources/${s.id}` ? "page" : undefined}
          title={`${s.title} — ${s.author}`}
        >
          <span className="dot" style={{ background: sourceColor(s.colorIndex) }} aria-hidden="true" />
          <span style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{s.author}</span>
        </Link>
      ))}
    </nav>
  );
}
