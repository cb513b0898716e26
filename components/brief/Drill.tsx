"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { api } from "@/components/ui/api";
import { useSubmit } from "@/components/map/dialogs";
import { drillOrder, drillSummary, type BriefObjection, type DrillOrder, type DrillOutcome } from "@/lib/brief";
import { MAX_CLAIM_TEXT } from "@/lib/validation/claim";

interface Props {
  workspaceId: string;
  briefId: string;
  objections: BriefObjection[];
  /** Seconds per answer, or null for no timer. */
  secondsPerAnswer: number | null;
  canAnswer: boolean;
}

type Phase = { name: "setup" } | { name: "drilling"; order: string[]; index: number } | { name: "done"; outcomes: DrillOutcome[] };

/** The objections one at a time; each answer may be saved to the map as a rebuttal. */
export function Drill({ workspaceId, briefId, objections, secondsPerAnswer, canAnswer }: Props) {
  const [phase, setPhase] = useState<Phase>({ name: "setup" });
  const [saved, setSaved] = useState<string[]>([]);
  const finish = useSubmit();
  const byId = useMemo(() => new Map(objections.map((o) => [o.objection.id, o])), [objections]);

  function start(order: DrillOrder) {
    setPhase({ name: "drilling", order: drillOrder(objections, order, Date.now() % 0x7fffffff), index: 0 });
  }

  function next() {
    if (phase.name !== "drilling") return;
    if (phase.index + 1 < phase.order.length) setPhase({ ...phase, index: phase.index + 1 });
    else
      void finish.run(async () => {
        const after = await api<{ computed: { objections: BriefObjection[] } | null }>(`/api/workspaces/${workspaceId}/briefs/${briefId}`);
        setPhase({ name: "done", outcomes: drillSummary(objections, after.computed?.objections ?? objections) });
      });
  }

  if (phase.name === "setup") {
    return (
      <div className="card drill-card">
        <h2>Practise the objections</h2>
        <p className="muted">
          {objections.length} objection{objections.length === 1 ? "" : "s"} will come one at a time. Answer each in your own words
          {canAnswer ? "; save an answer and it joins the map as a rebuttal, so your preparation helps the whole group." : ". Your role cannot add claims to the map, so your answers are for practice only."}
          {secondsPerAnswer ? ` You have ${formatSeconds(secondsPerAnswer)} per answer.` : ""}
        </p>
        <div className="drill-start">
          <button className="btn btn-primary" type="button" onClick={() => start("strongest")}>Start, strongest first</button>
          <button className="btn" type="button" onClick={() => start("shuffled")}>Start, shuffled</button>
        </div>
      </div>
    );
  }

  if (phase.name === "done") {
    const answeredNow = phase.outcomes.filter((o) => o.status === "answered-now").length;
    return (
      <div className="card drill-card" data-testid="drill-summary">
        <h2>Drill finished</h2>
        <p className="muted">
          You saved {saved.length} rebuttal{saved.length === 1 ? "" : "s"}. {answeredNow} objection{answeredNow === 1 ? " is" : "s are"} answered on the map now that {answeredNow === 1 ? "was" : "were"} not before.
        </p>
        <ul className="drill-outcomes">
          {phase.outcomes.map((o) => (
            <li key={o.objectionId} className={`drill-outcome drill-${o.status}`}>
              <span className="brief-tag">{o.status === "answered-now" ? "answered now" : o.status === "already-answered" ? "already answered" : "still unanswered"}</span>
              <span>{o.text}</span>
              <span className="faint">{o.after} rebuttal{o.after === 1 ? "" : "s"} on the map</span>
            </li>
          ))}
        </ul>
        <div className="drill-start">
          <Link className="btn btn-primary" href={`/w/${workspaceId}/briefs/${briefId}`}>Back to the brief</Link>
          <button className="btn" type="button" onClick={() => setPhase({ name: "setup" })}>Drill again</button>
        </div>
      </div>
    );
  }

  const current = byId.get(phase.order[phase.index]!)!;
  return (
    <DrillQuestion
      key={current.objection.id}
      workspaceId={workspaceId}
      briefId={briefId}
      item={current}
      position={phase.index + 1}
      total={phase.order.length}
      secondsPerAnswer={secondsPerAnswer}
      canAnswer={canAnswer}
      finishing={finish.busy}
      finishError={finish.error}
      onSaved={(claimId) => setSaved((list) => [...list, claimId])}
      onNext={next}
    />
  );
}

function DrillQuestion({
  workspaceId,
  briefId,
  item,
  position,
  total,
  secondsPerAnswer,
  canAnswer,
  finishing,
  finishError,
  onSaved,
  onNext,
}: {
  workspaceId: string;
  briefId: string;
  item: BriefObjection;
  position: number;
  total: number;
  secondsPerAnswer: number | null;
  canAnswer: boolean;
  finishing: boolean;
  finishError: string | null;
  onSaved: (claimId: string) => void;
  onNext: () => void;
}) {
  const { objection } = item;
  const [left, setLeft] = useState(secondsPerAnswer);
  const [text, setText] = useState("");
  const [as, setAs] = useState<"oppose" | "undercut">("oppose");
  const save = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  const canUndercut = objection.via.kind !== "undercut";

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (secondsPerAnswer === null) return;
    const timer = window.setInterval(() => setLeft((s) => (s === null || s <= 0 ? s : s - 1)), 1000);
    return () => window.clearInterval(timer);
  }, [secondsPerAnswer]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save.run(async () => {
      const result = await api<{ claimId: string }>(`/api/workspaces/${workspaceId}/briefs/${briefId}/answers`, { body: { objectionId: objection.id, text, as } });
      onSaved(result.claimId);
      onNext();
    });
  }

  return (
    <form className="card drill-card" onSubmit={onSubmit} aria-labelledby="drill-objection">
      <div className="drill-progress">
        <span>Objection {position} of {total}</span>
        {left !== null && (
          <span className={`drill-timer${left === 0 ? " drill-timer-out" : ""}`} role="timer" aria-live={left === 0 ? "assertive" : "off"}>
            {left === 0 ? "Time is up — finish your sentence" : `${formatSeconds(left)} left`}
          </span>
        )}
      </div>
      <h2 id="drill-objection" ref={heading} tabIndex={-1} className="drill-objection" data-testid="drill-objection">{objection.text}</h2>
      {objection.citation && (
        <p className="faint">
          {objection.citation.author} ({objection.citation.year ?? "n.d."}), <em>{objection.citation.title}</em>
          {objection.citation.location ? `, ${objection.citation.location}` : ""} · strength {objection.strength.toFixed(2)}
        </p>
      )}
      <p className="faint">The map holds {item.rebuttals.length === 0 ? "no rebuttal" : `${item.rebuttals.length} rebuttal${item.rebuttals.length === 1 ? "" : "s"}`} to it.</p>
      <div className="field">
        <label htmlFor="drill-answer">Your answer</label>
        <textarea className="textarea" id="drill-answer" rows={4} maxLength={MAX_CLAIM_TEXT} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {canAnswer && (
        <fieldset className="drill-as">
          <legend className="label">Save it as</legend>
          <label className="choice">
            <input type="radio" name="as" value="oppose" checked={as === "oppose"} onChange={() => setAs("oppose")} />
            <span><strong>A claim against the objection</strong><br /><span className="faint">it is false</span></span>
          </label>
          <label className="choice" aria-disabled={!canUndercut}>
            <input type="radio" name="as" value="undercut" checked={as === "undercut"} disabled={!canUndercut} onChange={() => setAs("undercut")} />
            <span>
              <strong>An objection to its edge</strong>
              <br />
              <span className="faint">{canUndercut ? `even if true, it does not ${objection.via.kind === "support" ? "support" : "tell against"} “${clip(objection.via.targetText)}”` : "not possible: this objection is itself an objection to an edge"}</span>
            </span>
          </label>
        </fieldset>
      )}
      {save.error && <div className="alert alert-error" role="alert">{save.error}</div>}
      {finishError && <div className="alert alert-error" role="alert">{finishError}</div>}
      <div className="drill-start">
        {canAnswer && <button className="btn btn-primary" type="submit" disabled={save.busy || finishing || text.trim() === ""}>{save.busy ? "Saving…" : "Save rebuttal to the map"}</button>}
        <button className="btn" type="button" onClick={onNext} disabled={save.busy || finishing}>{position === total ? "Finish" : "Skip to the next"}</button>
      </div>
    </form>
  );
}

function formatSeconds(total: number): string {
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}
