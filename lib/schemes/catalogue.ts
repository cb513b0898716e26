/**
 * A small catalogue of argumentation schemes and their critical questions, written for Agon after
 * Walton, Reed & Macagno, *Argumentation Schemes* (Cambridge University Press, 2008), in our own words.
 *
 * A scheme names a common pattern of inference ("from expert opinion", "from cause to effect"); its
 * critical questions are the usual ways such an inference can fail. Each question says how it is
 * naturally raised on the map:
 * - `undercut`: the question doubts that the premises carry the conclusion here (an objection to the
 *   inference itself, which leaves the premises standing);
 * - `premise`: the question doubts one of the premises (an opposing claim aimed at that premise).
 * `draft` is a first wording of the objection, for the user to edit before saving.
 */

export type QuestionAnswer = "undercut" | "premise";

export interface CriticalQuestion {
  /** Stable within its scheme; stored with the objection that raises it. */
  id: string;
  question: string;
  answeredBy: QuestionAnswer;
  draft: string;
}

export interface Scheme {
  id: string;
  name: string;
  /** The pattern, in one sentence. */
  pattern: string;
  questions: readonly CriticalQuestion[];
}

export const SCHEMES = [
  {
    id: "expert-opinion",
    name: "From expert opinion",
    pattern: "Someone who knows the field says so, so it is plausibly true.",
    questions: [
      { id: "expertise", question: "Is the source really an expert?", answeredBy: "premise", draft: "The source is not an expert on this." },
      { id: "field", question: "Is the claim within the source's field of expertise?", answeredBy: "undercut", draft: "The claim lies outside the source's field, so their standing does not carry it." },
      { id: "asserted", question: "Did the source actually say this, in this sense?", answeredBy: "premise", draft: "The source did not say this, or meant something else by it." },
      { id: "reliable", question: "Is the source trustworthy here (no bias or interest at stake)?", answeredBy: "undercut", draft: "The source has a stake in this claim, so their word is not enough." },
      { id: "consensus", question: "Do other experts agree?", answeredBy: "undercut", draft: "Other experts disagree, so one expert's word does not settle it." },
      { id: "evidence", question: "Does the source's view rest on evidence we can check?", answeredBy: "undercut", draft: "The view rests on no evidence we can check." },
    ],
  },
  {
    id: "cause-to-effect",
    name: "From cause to effect",
    pattern: "This cause is present, and it generally brings about that effect, so the effect will (or did) follow.",
    questions: [
      { id: "link", question: "How strong is the causal link: does the cause usually bring the effect?", answeredBy: "undercut", draft: "The cause brings about this effect only rarely, so its presence does not make the effect likely." },
      { id: "evidence", question: "Is the evidence for the causal generalisation good enough?", answeredBy: "premise", draft: "The evidence that this cause produces this effect is weak." },
      { id: "interference", question: "Could other factors have prevented or produced the effect?", answeredBy: "undercut", draft: "Another factor intervened, so the effect need not follow from this cause." },
    ],
  },
  {
    id: "analogy",
    name: "From analogy",
    pattern: "This case is like that one, and that one turned out so, so this one will too.",
    questions: [
      { id: "similar", question: "Are the two cases really alike in the respect that matters?", answeredBy: "premise", draft: "The two cases are not alike in the respect that matters." },
      { id: "difference", question: "Is there a difference between the cases that breaks the comparison?", answeredBy: "undercut", draft: "A difference between the cases breaks the comparison." },
      { id: "counter", question: "Is there a closer case that points the other way?", answeredBy: "undercut", draft: "A closer comparison points the other way." },
    ],
  },
  {
    id: "positive-consequences",
    name: "From positive consequences",
    pattern: "Doing this would have good consequences, so it should be done.",
    questions: [
      { id: "likely", question: "How likely are the good consequences?", answeredBy: "premise", draft: "The good consequences are unlikely to follow." },
      { id: "evidence", question: "What evidence supports the claim that they will follow?", answeredBy: "premise", draft: "There is no evidence that these consequences will follow." },
      { id: "costs", question: "Are there bad consequences that outweigh them?", answeredBy: "undercut", draft: "Bad consequences outweigh the good ones, so the good ones do not decide the matter." },
    ],
  },
  {
    id: "negative-consequences",
    name: "From negative consequences",
    pattern: "Doing this would have bad consequences, so it should not be done.",
    questions: [
      { id: "likely", question: "How likely are the bad consequences?", answeredBy: "premise", draft: "The bad consequences are unlikely to follow." },
      { id: "evidence", question: "What evidence supports the claim that they will follow?", answeredBy: "premise", draft: "There is no evidence that these consequences will follow." },
      { id: "benefits", question: "Are there good consequences that outweigh them?", answeredBy: "undercut", draft: "Good consequences outweigh the bad ones, so the bad ones do not decide the matter." },
    ],
  },
  {
    id: "sign",
    name: "From sign",
    pattern: "This is observed, and it is generally a sign of that, so that is (probably) the case.",
    questions: [
      { id: "correlation", question: "How reliably does the sign go with what it is taken to show?", answeredBy: "undercut", draft: "This sign often appears without what it is taken to show." },
      { id: "other-cause", question: "Could something else account for the sign?", answeredBy: "undercut", draft: "Something else accounts for the sign just as well." },
      { id: "observed", question: "Was the sign really observed as described?", answeredBy: "premise", draft: "The sign was not observed as described." },
    ],
  },
  {
    id: "example",
    name: "From example",
    pattern: "In this instance it is so, so generally it is so.",
    questions: [
      { id: "true", question: "Is the example true as stated?", answeredBy: "premise", draft: "The example is not accurate as stated." },
      { id: "typical", question: "Is the example typical, or an exception?", answeredBy: "undercut", draft: "The example is an exception, so it does not show the general rule." },
      { id: "counterexamples", question: "Are there counterexamples?", answeredBy: "undercut", draft: "There are counterexamples, so one instance does not establish the rule." },
    ],
  },
  {
    id: "popular-opinion",
    name: "From popular opinion",
    pattern: "Most people (in a group) accept it, so it is plausibly true.",
    questions: [
      { id: "accepted", question: "Is it really widely accepted?", answeredBy: "premise", draft: "It is not as widely accepted as claimed." },
      { id: "grounds", question: "Even if widely accepted, is there good reason to doubt it?", answeredBy: "undercut", draft: "Wide acceptance is no evidence here: there are good reasons to doubt it." },
    ],
  },
  {
    id: "verbal-classification",
    name: "From verbal classification",
    pattern: "This has the marks of that kind, so it belongs to that kind.",
    questions: [
      { id: "has-property", question: "Does the case really have the marks claimed?", answeredBy: "premise", draft: "The case does not have the marks claimed." },
      { id: "definition", question: "Is the classification (the definition used) sound and agreed?", answeredBy: "undercut", draft: "The definition used is contested, so the classification does not follow." },
    ],
  },
] as const satisfies readonly Scheme[];

export type SchemeId = (typeof SCHEMES)[number]["id"];
export const SCHEME_IDS = SCHEMES.map((s) => s.id) as [SchemeId, ...SchemeId[]];

/** The scheme with this id, or null when the id is not in the catalogue. */
export function schemeById(id: string | null | undefined): Scheme | null {
  return SCHEMES.find((s) => s.id === id) ?? null;
}

/** The question `questionId` of the scheme `schemeId`, or null when either is unknown. */
export function criticalQuestion(schemeId: string | null | undefined, questionId: string): CriticalQuestion | null {
  return schemeById(schemeId)?.questions.find((q) => q.id === questionId) ?? null;
}

/** How a raised question is stored: scheme and question, so retyping an inference never mixes them up. */
export const questionKey = (schemeId: string, questionId: string): string => `${schemeId}/${questionId}`;

/** The catalogue entry a stored key names, or null when it is not (or no longer) in the catalogue. */
export function questionOfKey(key: string): { scheme: Scheme; question: CriticalQuestion } | null {
  const [schemeId = "", questionId = ""] = key.split("/");
  const scheme = schemeById(schemeId);
  const question = scheme?.questions.find((q) => q.id === questionId);
  return scheme && question ? { scheme, question } : null;
}

export interface QuestionStatus extends CriticalQuestion {
  key: string;
  /** The objection (edge id) that raised the question, or null while it is open. */
  raisedBy: string | null;
}

/**
 * The critical questions of an inference typed with `schemeId`, each with the objection that raised
 * it, if any. Questions raised under another scheme (before the inference was retyped) do not count.
 * Empty for an untyped inference or an unknown scheme.
 */
export function questionStatuses(schemeId: string | null | undefined, raised: readonly { question: string; edgeId: string }[]): QuestionStatus[] {
  const scheme = schemeById(schemeId);
  if (!scheme) return [];
  return scheme.questions.map((q) => {
    const key = questionKey(scheme.id, q.id);
    return { ...q, key, raisedBy: raised.find((r) => r.question === key)?.edgeId ?? null };
  });
}
