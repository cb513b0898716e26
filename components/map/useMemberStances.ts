"use client";

import { useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import type { MemberStanceMap } from "@/lib/graph/view-filter";
import type { StanceValue } from "@/lib/validation/stance";

export interface StanceMember {
  id: string;
  label: string;
  isYou: boolean;
}

export interface WorkspaceMembersState {
  /** The workspace's members, loaded once something on the map wants them. */
  members: StanceMember[];
  error: string | null;
}

/**
 * The members to choose from, for the stance filter and the evaluation's perspective alike: the map
 * calls this once and hands the list to both, so the list is fetched once however many controls use it.
 */
export function useWorkspaceMembers(workspaceId: string, wanted: boolean): WorkspaceMembersState {
  const [members, setMembers] = useState<StanceMember[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted || members.length > 0) return;
    let cancelled = false;
    api<{ members: { id: string; name: string | null; email: string; isYou: boolean }[] }>(`/api/workspaces/${workspaceId}/members`)
      .then((answer) => !cancelled && setMembers(answer.members.map((m) => ({ id: m.id, label: m.name ?? m.email, isYou: m.isYou }))))
      .catch((e: Error) => !cancelled && setError(`The members could not be loaded: ${e.message}`));
    return () => {
      cancelled = true;
    };
  }, [wanted, members.length, workspaceId]);
  return { members, error };
}

export interface MemberStanceMapState {
  /** The member's stances by claim, as the caller may see them (the server applies blind mode); null until loaded. */
  stances: MemberStanceMap | null;
  error: string | null;
}

/**
 * One member's stances, refetched with every new map payload, since a stance change arrives as a map
 * change. A null member fetches nothing.
 */
export function useMemberStanceMap(workspaceId: string, memberId: string | null, mapVersion: unknown): MemberStanceMapState {
  const [loaded, setLoaded] = useState<{ memberId: string; byClaim: MemberStanceMap } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!memberId) return;
    let cancelled = false;
    api<{ stances: { claimId: string; value: StanceValue | "hidden" }[] }>(`/api/workspaces/${workspaceId}/members/${memberId}/stances`)
      .then((answer) => {
        if (cancelled) return;
        setError(null);
        setLoaded({ memberId, byClaim: new Map(answer.stances.map((s) => [s.claimId, s.value])) });
      })
      .catch((e: Error) => !cancelled && setError(`Their stances could not be loaded: ${e.message}`));
    return () => {
      cancelled = true;
    };
  }, [memberId, workspaceId, mapVersion]);
  return { stances: memberId && loaded?.memberId === memberId ? loaded.byClaim : null, error };
}
