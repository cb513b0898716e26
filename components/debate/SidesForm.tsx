"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api";
import { ErrorNote, useSubmit } from "@/components/map/dialogs";
import { MAX_TIME_LIMIT_MINUTES } from "@/lib/validation/brief";

type Choice = "for" | "against" | "none";

export interface SidesFormMember {
  id: string;
  name: string;
  email: string;
  role: string;
  isYou: boolean;
}

const CHOICES: { value: Choice; label: string }[] = [
  { value: "for", label: "For" },
  { value: "against", label: "Against" },
  { value: "none", label: "No side" },
];

/**
 * The owner's form for a group debate: one row per member with For / Against / No side, so a member
 * can only ever be on one side. Creates the debate (and its two briefs) or reassigns an existing one.
 */
export function SidesForm({
  workspaceId,
  members,
  target,
  initial = {},
}: {
  workspaceId: string;
  members: SidesFormMember[];
  target: { kind: "create"; thesisId: string } | { kind: "edit"; debateId: string; version: number };
  initial?: Record<string, "for" | "against">;
}) {
  const [choices, setChoices] = useState<Record<string, Choice>>(() => Object.fromEntries(members.map((m) => [m.id, initial[m.id] ?? "none"])));
  const submit = useSubmit();
  const router = useRouter();
  const on = (side: "for" | "against") => members.filter((m) => choices[m.id] === side).map((m) => m.id);
  const listHref = `/w/${workspaceId}/briefs`;

  function onSubmit(form: FormData) {
    void submit.run(async () => {
      if (target.kind === "create") {
        const minutes = String(form.get("timeLimit") ?? "").trim();
        const created = await api<{ id: string }>(`/api/workspaces/${workspaceId}/debates`, {
          body: { thesisId: target.thesisId, for: on("for"), against: on("against"), timeLimitMinutes: minutes ? Number(minutes) : null },
        });
        router.push(`${listHref}#debate-${created.id}`);
      } else {
        await api(`/api/workspaces/${workspaceId}/debates/${target.debateId}`, { method: "PATCH", body: { version: target.version, for: on("for"), against: on("against") } });
        router.push(`${listHref}#debate-${target.debateId}`);
      }
      router.refresh();
    });
  }

  return (
    <form
      className="card debate-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(new FormData(e.currentTarget));
      }}
    >
      <h2 className="debate-form-heading">Who argues which side</h2>
      <p className="muted debate-form-lede">Each member argues one side at most. Members without a side see neither brief until you reveal both.</p>
      <ul className="debate-members">
        {members.map((m) => (
          <li key={m.id}>
            <fieldset className="debate-member">
              <legend className="debate-member-name">
                {m.name}
                {m.isYou && <span className="faint"> (you)</span>} <span className="badge">{m.role}</span>
                <span className="debate-member-email faint">{m.email}</span>
              </legend>
              <div className="debate-choice" role="radiogroup" aria-label={`Side for ${m.name}`}>
                {CHOICES.map((c) => (
                  <label key={c.value} className={`debate-choice-option debate-choice-${c.value}`}>
                    <input type="radio" name={`side-${m.id}`} value={c.value} checked={choices[m.id] === c.value} onChange={() => setChoices((prev) => ({ ...prev, [m.id]: c.value }))} />
                    <span>{c.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <p className="debate-count" aria-live="polite">
        <strong>{on("for").length}</strong> for · <strong>{on("against").length}</strong> against
      </p>
      {target.kind === "create" && (
        <div className="field">
          <label htmlFor="debate-time-limit">Speech time in minutes <span className="faint">(optional)</span></label>
          <input className="input" id="debate-time-limit" name="timeLimit" type="number" min={1} max={MAX_TIME_LIMIT_MINUTES} step={1} inputMode="numeric" style={{ maxWidth: 140 }} />
          <span className="hint">Set on both briefs; also the time per answer in the drill.</span>
        </div>
      )}
      <ErrorNote error={submit.error} />
      <div className="debate-form-actions">
        <Link className="btn" href={listHref}>Cancel</Link>
        <button className="btn btn-primary" type="submit" disabled={submit.busy}>
          {submit.busy ? "Saving…" : target.kind === "create" ? "Create the two briefs" : "Save the sides"}
        </button>
      </div>
    </form>
  );
}
