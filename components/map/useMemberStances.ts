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

export interface MemberStancesState {
  /** The workspace's members, loaded once the stance filter is wanted. */
  members: StanceMember[];
  /** The chosen member's stances by claim, as the caller may see them; null until loaded. */
  stances: MemberStanceMap | null;
  error: string | null;
}

/**
 * Data for the map's stance filter: members to choose from and one member's stances, both from the
 * server, which applies blind mode. Refetched with every new map payload, since a stance change
 * arrives as a map change.
 */
export function useMemberStances(workspaceId: string, wanted: boolean, memberId: string | null, mapVersion: unknown): MemberStancesState {
  const [members, setMembers] = useState<StanceMember[]>([]);
  const [stances, setStances] = useState<{ memberId: string; byClaim: MemberStanceMap } | null>(null);
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

  useEffect(() => {
    if (!memberId) return;
    let cancelled = false;
    api<{ stances: { claimId: string; value: StanceValue | "hidden" }[] }>(`/api/workspaces/${workspaceId}/members/${memberId}/stances`)
      .then((answer) => {
        if (cancelled) return;
        setError(null);
        setStances({ memberId, byClaim: new Map(answer.stances.map((s) => [s.claimId, s.value])) });
      })
      .catch((e: Error) => !cancelled && setError(`Their stances could not be loaded: ${e.message}`));
    return () => {
      cancelled = true;
    };
  }, [memberId, workspaceId, mapVersion]);

  return { members, stances: memberId && stances?.memberId === memberId ? stances.byClaim : null, error };
}
