/**
 * Demo workspace: an argument map over the four texts of ../shared/corpus
 * (Engst 2006, Meaney 1988, the mass-line study text, Post 2018).
 *
 * Claims and edge notes are a reader's paraphrase, not the authors' words. Every `quote`
 * (on a claim or in edge evidence) is a short exact anchor, 3–10 words from a single line
 * of the raw source file, occurring exactly once in it; the seed script looks each one up in
 * the normalised text at seed time and fails loudly if it is missing or ambiguous.
 * The texts themselves are never copied into the project.
 */

import type { SchemeId } from "../../lib/schemes/catalogue";

export type DemoClaimType = "thesis" | "premise" | "evidence" | "objection";

export interface DemoSource {
  key: string;
  file: string;
  author: string;
  title: string;
  year: number | null;
}

export interface DemoClaim {
  key: string;
  /** DemoSource.key; null = a reading-group member's own, unsourced claim */
  source: string | null;
  /** The claim in our words: one sentence, at most 160 characters. */
  text: string;
  /** Exact words of the source (one raw line, unique in the file); null for unsourced claims. */
  quote: string | null;
  type: DemoClaimType;
}

export interface DemoEvidence {
  source: string;
  quote: string;
  note?: string;
}

export interface DemoEdge {
  from: string;
  to: string;
  kind: "support" | "oppose";
  /** Why, in one sentence. */
  note?: string;
  evidence?: DemoEvidence[];
  /** Further premises (claim keys) that carry the conclusion only together with `from` (linked). */
  with?: string[];
  /** Premises the argument needs but the author leaves unstated, in our words (claims of type "unstated"). */
  unstated?: string[];
  /** The argumentation scheme (lib/schemes/catalogue.ts). */
  scheme?: SchemeId;
}

export const DEMO_WORKSPACE_NAME = "Mao-era China: four texts";

export const DEMO_SOURCES: DemoSource[] = [
  {
    key: "engst",
    file: "000_0969ed0408f3ade2.txt",
    author: "Fred Engst",
    title: "Independent Mass Organizations, Party Leadership and Socialist Democracy",
    year: 2006,
  },
  {
    key: "meaney",
    file: "001_683259ac5f475297.txt",
    author: "Constance Squires Meaney",
    title: "Stability and the Industrial Elite in China and the Soviet Union",
    year: 1988,
  },
  {
    key: "massline",
    file: "002_b03362f9536c37d9.txt",
    author: "Anonymous (mass-line text)",
    title: "The Mass-Democratic Method",
    year: null,
  },
  {
    key: "post",
    file: "004_da38b480851fa2bd.txt",
    author: "Charlie Post",
    title: "Socialism from Below and the Maoist Model",
    year: 2018,
  },
];

export const DEMO_CLAIMS: DemoClaim[] = [
  // Engst: independent mass organisations as socialist democracy
  {
    key: "engst-innovation",
    source: "engst",
    text: "The independent mass organizations of the early Cultural Revolution were Mao's most important innovation in how a socialist society is governed.",
    quote: "Mao’s critical innovation in socialist governance",
    type: "thesis",
  },
  {
    key: "engst-supervise",
    source: "engst",
    text: "Through rallies, posters and their own papers, the mass organizations let working people check and challenge office-holders at every level.",
    quote: "incredible challenge to the existing power",
    type: "premise",
  },
  {
    key: "engst-elite-class",
    source: "engst",
    text: "The Cultural Revolution grew out of Mao's fight against a new elite ruling class forming inside the Party.",
    quote: "the emergence of an elite new ruling class",
    type: "premise",
  },
  {
    key: "engst-capitalism-sprouted",
    source: "engst",
    text: "Before 1966, elitist schooling, urban-biased health care and bossy factory managers showed that capitalist relations were already taking root.",
    quote: "workers as hired hands rather than as equals",
    type: "evidence",
  },
  {
    key: "engst-rely-on-masses",
    source: "engst",
    text: "If socialism is in working people's interest, in the end only working people can be relied on to defend it.",
    quote: "only the working people can",
    type: "premise",
  },
  {
    key: "engst-party-cannot-self-supervise",
    source: "engst",
    text: "A party in power cannot police itself; rectification campaigns alone failed to stop cadres degenerating, so Mao turned to the masses.",
    quote: "in power cannot supervise itself",
    type: "premise",
  },
  {
    key: "engst-mass-line-voluntary",
    source: "engst",
    text: "After 1949 the mass line was left to each Party committee's goodwill, with no institutional guarantee and no veto for the masses.",
    quote: "Mass line was a voluntary policy",
    type: "premise",
  },
  {
    key: "engst-workers-not-afraid",
    source: "engst",
    text: "In Mao's China workers did not fear their managers; with livelihoods secure, managers feared the workers' wall posters.",
    quote: "the managers who feared the workers’ criticisms",
    type: "evidence",
  },
  {
    key: "engst-socialist-democracy",
    source: "engst",
    text: "Independent mass organizations do not negate democratic centralism; they are the best safeguard of its democratic side.",
    quote: "best insurance for the democratic nature",
    type: "thesis",
  },
  {
    key: "engst-factionalism",
    source: "engst",
    text: "The mass organizations' factional fighting, self-importance and violence brought China close to civil war, which is why they were wound up.",
    quote: "led China to the verge of a civil war",
    type: "objection",
  },
  {
    key: "engst-ceremonial",
    source: "engst",
    text: "Inside the Revolutionary Committees, once their organizations were gone, mass leaders held empty posts while cadres and army had institutions behind them.",
    quote: "their opinions carried little weight",
    type: "evidence",
  },
  {
    key: "engst-eliminated-opposition",
    source: "engst",
    text: "Disbanding the mass organizations removed the only organized check on people in authority.",
    quote: "eliminated opposition for people in authority",
    type: "premise",
  },
  {
    key: "engst-disarmed",
    source: "engst",
    text: "Disbanding the independent mass organizations disarmed the working class, leaving it unorganized when Deng and the capitalist roaders moved.",
    quote: "effectively disarmed the working class",
    type: "thesis",
  },
  {
    key: "engst-failure-cause",
    source: "engst",
    text: "The disbanding was a main reason the Cultural Revolution failed to stop bureaucratic capitalists, and so for the failure of socialism in China.",
    quote: "main reasons that the Cultural Revolution failed",
    type: "premise",
  },
  {
    key: "engst-multiparty-no",
    source: "engst",
    text: "A Western-style multiparty system would not keep capitalists from power in China; party number is form, not class content.",
    quote: "Simply implementing a multiparty system in China",
    type: "premise",
  },
  {
    key: "engst-leninist-party-needed",
    source: "engst",
    text: "While bourgeois ideology still dominates, a Leninist vanguard party remains indispensable for the working class to hold power.",
    quote: "is essential for working class to be in power",
    type: "premise",
  },
  {
    key: "engst-new-structure",
    source: "engst",
    text: "Socialism needs a new structure in which independent mass organizations outside the Party act as a loyal opposition, amending Lenin's theory of the party.",
    quote: "an addition to Lenin’s theory of the Party",
    type: "thesis",
  },

  // Meaney: elite co-optation and the absence of a stable Soviet-style orthodoxy
  {
    key: "meaney-co-optation-model",
    source: "meaney",
    text: "Where elites are heavily co-opted into a coherent party-dominated structure, an orthodox outcome follows; weak co-optation brings reform or drawn-out conflict.",
    quote: "conservative (or orthodox) outcome",
    type: "premise",
  },
  {
    key: "meaney-stalin-coopted",
    source: "meaney",
    text: "Stalin destroyed the old elites and folded a new red-and-expert stratum into the system by reward and terror, creating a docile, loyal middle class.",
    quote: "stratum that was effectively co-opted",
    type: "evidence",
  },
  {
    key: "meaney-mao-alienated",
    source: "meaney",
    text: "Under Mao, successive campaigns alienated and divided professional and political elites without ever removing them.",
    quote: "persecuted but not decisively eliminated",
    type: "premise",
  },
  {
    key: "meaney-variant-of-stalinism",
    source: "meaney",
    text: "In its coercion—dossiers, surveillance, informers—Maoist factory organization is fairly described as a variant of Stalinism.",
    quote: "a variant of Stalinism in view of its coercive",
    type: "premise",
  },
  {
    key: "meaney-party-incoherent",
    source: "meaney",
    text: "Behind its pervasive presence, the enterprise party was a loosely structured, personalistic body, a poor Leninist instrument for binding elites.",
    quote: "was a less coherent Leninist instrument",
    type: "premise",
  },
  {
    key: "meaney-campaigns-indecisive",
    source: "meaney",
    text: "Mao's revolution from above ran through public, face-to-face campaigns that left conflicts unresolved, unlike Stalin's secret, final purges.",
    quote: "political campaigns with indecisive outcomes",
    type: "premise",
  },
  {
    key: "meaney-less-inhumane",
    source: "meaney",
    text: "Mao sought to remould elites rather than liquidate them, so in conception his revolution from above was gentler than Stalin's.",
    quote: "appear to be the less inhumane of the two",
    type: "premise",
  },
  {
    key: "meaney-masses-judge",
    source: "meaney",
    text: "For a time in the Cultural Revolution the masses themselves, without central direction, judged factory cadres.",
    quote: "called on to pass judgment on cadres",
    type: "evidence",
  },
  {
    key: "meaney-concrete-criticism",
    source: "meaney",
    text: "Her interviews show factory workers' criticism of cadres was intense and grounded in concrete shop-floor grievances, not empty slogans.",
    quote: "they were based on very concrete things",
    type: "evidence",
  },
  {
    key: "meaney-luan",
    source: "meaney",
    text: "Her informants commonly remembered the Cultural Revolution as luan, chaos.",
    quote: "My informant described this as luan (chaos)",
    type: "evidence",
  },
  {
    key: "meaney-party-prestige",
    source: "meaney",
    text: "The Cultural Revolution and its aftermath badly damaged the party's prestige with its own members, with professionals and with society.",
    quote: "China suffered a severe blow",
    type: "premise",
  },
  {
    key: "meaney-no-stable-despotism",
    source: "meaney",
    text: "Unlike Stalin, Mao never achieved a stable despotism: factional struggle at the top kept policy shifting.",
    quote: "unlike Stalin, never succeeded in establishing",
    type: "premise",
  },
  {
    key: "meaney-timing",
    source: "meaney",
    text: "Deng attempts at once what the USSR did at different times—co-opting professionals and ending revolution from above—which makes control harder.",
    quote: "are being attempted simultaneously by Deng",
    type: "premise",
  },
  {
    key: "meaney-weak-conservatism",
    source: "meaney",
    text: "Orthodox Leninism has a thinner elite base and a weaker party instrument in post-Mao China than it had in the USSR after Stalin.",
    quote: "a weaker elite constituency and a less effective",
    type: "premise",
  },
  {
    key: "meaney-post-mao-soviet-like",
    source: "meaney",
    text: "Many post-Mao policies make China less Maoist and more like the Soviet Union.",
    quote: "the system less Maoist but at the same time more",
    type: "objection",
  },
  {
    key: "meaney-reform-from-disillusion",
    source: "meaney",
    text: "China's push toward reform grew from mass disillusion with party leadership after the Cultural Revolution and from weak elite integration.",
    quote: "disillusionment with party leadership",
    type: "premise",
  },
  {
    key: "meaney-not-orthodox",
    source: "meaney",
    text: "Mao-era China was not Soviet-style orthodox: it never built the stable orthodox Leninist order of the USSR, and is unlikely to settle into one.",
    quote: "stable, orthodox Leninist format",
    type: "thesis",
  },

  // The mass-line study text: leadership that starts from and returns to the masses
  {
    key: "massline-makers-of-history",
    source: "massline",
    text: "The masses are the makers of history, so no one but the masses themselves can carry out a revolution.",
    quote: "can only be made by the masses themselves",
    type: "premise",
  },
  {
    key: "massline-wisdom",
    source: "massline",
    text: "Since the masses carry out nearly all social practice, they hold a great store of correct ideas that leaders have to learn.",
    quote: "overwhelming proportion of all social practice",
    type: "premise",
  },
  {
    key: "massline-need-leadership",
    source: "massline",
    text: "Mass knowledge is scattered and mixed with bourgeois ideas, so a vanguard party has to sift it and lead.",
    quote: "must constitute itself into a vanguard",
    type: "premise",
  },
  {
    key: "massline-three-steps",
    source: "massline",
    text: "Each round of the mass line gathers the masses' ideas, concentrates them with Marxist analysis, and returns them as a political line to be tested.",
    quote: "Gathering the scattered and unsystematic ideas",
    type: "premise",
  },
  {
    key: "massline-masses-lead-leaders",
    source: "massline",
    text: "Rightly understood, the mass line is also how the masses lead their leaders.",
    quote: "employed by the masses to lead the leaders",
    type: "premise",
  },
  {
    key: "massline-democracy",
    source: "massline",
    text: "As Mao put it in 1965, democracy means the masses managing their own affairs, not active leaders over passive masses.",
    quote: "allowing the masses to manage their own affairs",
    type: "evidence",
  },
  {
    key: "massline-bureaucratic",
    source: "massline",
    text: "Leadership that fails to link itself with the masses turns bureaucratic and cut off from them.",
    quote: "becomes bureaucratic and divorced from the masses",
    type: "premise",
  },
  {
    key: "massline-method",
    source: "massline",
    text: "The mass line, from the masses and back to the masses, is the basic method for building a political line on the masses' progressive ideas.",
    quote: "the primary method of revolutionary leadership",
    type: "thesis",
  },

  // Post: socialism from below against the Maoist model
  {
    key: "post-admirers",
    source: "post",
    text: "Maoism's admirers hold that China outdid the USSR, growing more equally by applying the mass line and the creative energy of workers and peasants.",
    quote: "the application of the “mass line,”",
    type: "objection",
  },
  {
    key: "post-not-socialist",
    source: "post",
    text: "Neither Mao's China nor Stalin's Russia was socialist in Marx's sense, because working people did not rule.",
    quote: "they did not embody the rule of working people",
    type: "premise",
  },
  {
    key: "post-bureaucratic-class",
    source: "post",
    text: "In both, a state bureaucracy calling itself a Communist Party ruled as a class over the workers.",
    quote: "state bureaucracies, masquerading as",
    type: "premise",
  },
  {
    key: "post-no-workers-control",
    source: "post",
    text: "With no workers' control of enterprises or of planning, workers had no stake in productivity, and the bureaucratic economy stagnated.",
    quote: "deprived workers of any interest in improving",
    type: "premise",
  },
  {
    key: "post-coercion-deaths",
    source: "post",
    text: "Collectivization, the Great Leap famine and the Cultural Revolution cost millions of lives; Mao's rule was barely less brutal than Stalin's.",
    quote: "Mao’s regime was only marginally less brutal",
    type: "evidence",
  },
  {
    key: "post-shanghai",
    source: "post",
    text: "When Shanghai workers set up their own committees in 1967, Mao joined his 'capitalist roader' rivals in sending the army against them.",
    quote: "Mao quickly found common ground",
    type: "evidence",
  },
  {
    key: "post-restoration",
    source: "post",
    text: "Market reforms and capitalist restoration came from the bureaucracy's own failures and its wish to keep its class power, not from capitalist roaders winning.",
    quote: "were not the result of the victory of",
    type: "premise",
  },
  {
    key: "post-same-as-stalin",
    source: "post",
    text: "Mao's China was the same sort of society as Stalin's Soviet Union: a bureaucratic class society, not socialism.",
    quote: "the same sort of society as the Soviet Union",
    type: "thesis",
  },
  {
    key: "post-socialism-from-below",
    source: "post",
    text: "Only socialism from below, built on working-class self-organization and self-emancipation, is a real alternative to Stalinism in Soviet or Maoist form.",
    quote: "only realistic alternative to the politics",
    type: "thesis",
  },

  // Reading-group members' own claims (unsourced)
  {
    key: "member-synthesis",
    source: null,
    text: "Meaney and Post may both be right: Mao's China shared Stalinism's coercion yet never stabilised into Soviet-style orthodoxy.",
    quote: null,
    type: "thesis",
  },
  {
    key: "member-granted-from-above",
    source: null,
    text: "If the Party could grant the right to organize and then withdraw it, were Engst's mass organizations ever truly independent of it?",
    quote: null,
    type: "objection",
  },
];

export const DEMO_EDGES: DemoEdge[] = [
  // Engst's own reasoning
  { from: "engst-supervise", to: "engst-innovation", kind: "support", note: "The innovation lay in giving working people an organized means of supervising power." },
  { from: "engst-elite-class", to: "engst-innovation", kind: "support", note: "The organizations were Mao's answer to an elite hardening inside the Party." },
  { from: "engst-capitalism-sprouted", to: "engst-elite-class", kind: "support", note: "Everyday elitism before 1966 is Engst's evidence that a new ruling stratum was forming." },
  { from: "engst-rely-on-masses", to: "engst-innovation", kind: "support", note: "If only working people can defend socialism, organizing them independently is the decisive step." },
  // Engst's argument by elimination: the vanguard party must stay, it cannot check itself, and rival
  // parties would not check it in the workers' interest; only together do these call for a new structure,
  // and only with the premise he leaves unstated, that nothing else is left to check it.
  {
    from: "engst-party-cannot-self-supervise",
    with: ["engst-leninist-party-needed", "engst-multiparty-no"],
    unstated: ["Apart from the party itself and rival parties, only the organized working people can check a ruling party."],
    to: "engst-new-structure",
    kind: "support",
    note: "With the vanguard party kept, unable to check itself, and pluralism ruled out, a check from organized workers outside it is what remains.",
  },
  { from: "engst-mass-line-voluntary", to: "engst-party-cannot-self-supervise", kind: "support", note: "An uninstitutionalized mass line left the Party answerable only to itself." },
  { from: "engst-workers-not-afraid", to: "engst-socialist-democracy", kind: "support", scheme: "example", note: "Workers' power to criticize managers is Engst's lived example of socialist democracy." },
  { from: "engst-socialist-democracy", to: "engst-new-structure", kind: "support", note: "If independent organizations guard democratic centralism, they belong in the permanent structure." },
  { from: "engst-ceremonial", to: "engst-eliminated-opposition", kind: "support", note: "Without their organizations behind them, mass representatives could no longer check cadres and army." },
  { from: "engst-eliminated-opposition", to: "engst-disarmed", kind: "support", note: "With no organized check left, the working class had nothing to resist with." },
  { from: "engst-factionalism", to: "engst-disarmed", kind: "oppose", note: "Engst concedes the disbanding answered real chaos, which weakens the charge that it was a mistake." },
  { from: "engst-disarmed", to: "engst-failure-cause", kind: "support", note: "A disarmed working class could not stop the capitalist roaders, so socialism failed." },
  { from: "engst-failure-cause", to: "engst-new-structure", kind: "support", note: "Explaining the failure as structural points to a structural remedy." },

  // Meaney's own reasoning
  { from: "meaney-stalin-coopted", to: "meaney-co-optation-model", kind: "support", scheme: "example", note: "The Soviet case is the model's instance of high co-optation producing orthodoxy." },
  // Meaney's model says nothing about China until joined with her finding that Mao's elites were alienated,
  // not co-opted: a linked argument from cause to effect.
  {
    from: "meaney-co-optation-model",
    with: ["meaney-mao-alienated"],
    to: "meaney-not-orthodox",
    kind: "support",
    scheme: "cause-to-effect",
    note: "Low co-optation under Mao, read through the model, predicts no sustained orthodox outcome.",
  },
  { from: "meaney-campaigns-indecisive", to: "meaney-mao-alienated", kind: "support", note: "Campaigns that humiliated but never settled things kept elites divided and alienated." },
  { from: "meaney-party-incoherent", to: "meaney-not-orthodox", kind: "support", note: "An incoherent party cannot bind elites the way the CPSU did." },
  { from: "meaney-no-stable-despotism", to: "meaney-not-orthodox", kind: "support", note: "Without a stable despotism, the conditions behind post-Stalin orthodoxy were never created." },
  { from: "meaney-masses-judge", to: "meaney-party-prestige", kind: "support", note: "Public judgment of cadres by the masses was what humiliated them and the party." },
  { from: "meaney-luan", to: "meaney-party-prestige", kind: "support", note: "Remembering the movement as chaos reflects and deepens the party's loss of standing." },
  { from: "meaney-party-prestige", to: "meaney-weak-conservatism", kind: "support", note: "A discredited party is a weak instrument for conservatism." },
  { from: "meaney-timing", to: "meaney-weak-conservatism", kind: "support", note: "Doing both transitions at once leaves the conservative side less room to consolidate." },
  { from: "meaney-weak-conservatism", to: "meaney-not-orthodox", kind: "support", note: "A thin conservative constituency means orthodoxy will not be sustained." },
  { from: "meaney-reform-from-disillusion", to: "meaney-not-orthodox", kind: "support", note: "Reform pressure born of disillusion pulls China away from a Brezhnev-style settlement." },
  { from: "meaney-variant-of-stalinism", to: "meaney-not-orthodox", kind: "oppose", note: "Meaney concedes the coercive kinship with Stalinism before locating the difference in elite co-optation." },
  { from: "meaney-post-mao-soviet-like", to: "meaney-not-orthodox", kind: "oppose", note: "Post-Mao convergence with Soviet practice is the strongest counter-evidence she has to answer." },

  // The mass-line text's own reasoning
  { from: "massline-makers-of-history", to: "massline-method", kind: "support", note: "If the masses make history, leadership must start from them." },
  { from: "massline-wisdom", to: "massline-three-steps", kind: "support", note: "Gathering ideas first makes sense only because the masses hold correct ideas." },
  { from: "massline-need-leadership", to: "massline-three-steps", kind: "support", note: "The concentrating step exists because mass ideas are mixed and need sifting by a vanguard." },
  { from: "massline-three-steps", to: "massline-method", kind: "support", note: "The three-step cycle is what the method concretely is." },
  { from: "massline-masses-lead-leaders", to: "massline-method", kind: "support", note: "Two-way leadership is what distinguishes the mass line from command." },
  { from: "massline-democracy", to: "massline-method", kind: "support", note: "Mao's own words tie the mass line to democracy as mass self-management." },
  { from: "massline-bureaucratic", to: "massline-method", kind: "support", note: "The alternative to the mass line, on this account, is bureaucratic leadership." },

  // Post's own reasoning
  { from: "post-not-socialist", to: "post-same-as-stalin", kind: "support", note: "Both fail the same test of working-class rule." },
  { from: "post-bureaucratic-class", to: "post-same-as-stalin", kind: "support", note: "The same ruling relation, bureaucracy over workers, defines both societies." },
  { from: "post-no-workers-control", to: "post-bureaucratic-class", kind: "support", note: "Workers' exclusion from control is what bureaucratic class rule means in production." },
  { from: "post-coercion-deaths", to: "post-same-as-stalin", kind: "support", note: "Comparable mass coercion and famine point to the same kind of regime." },
  { from: "post-shanghai", to: "post-bureaucratic-class", kind: "support", note: "Crushing an independent workers' power shows whose interests the regime defended." },
  { from: "post-restoration", to: "post-bureaucratic-class", kind: "support", note: "Restoring capitalism to keep its dominance is the behaviour of a ruling class." },
  { from: "post-same-as-stalin", to: "post-admirers", kind: "oppose", note: "If Mao's China was Stalin's kind of society, it did not surpass the USSR." },
  { from: "post-same-as-stalin", to: "post-socialism-from-below", kind: "support", note: "If both models were bureaucratic, the alternative must come from workers themselves." },

  // Across authors: Meaney vs Post on Soviet-style orthodoxy
  {
    from: "post-same-as-stalin",
    to: "meaney-not-orthodox",
    kind: "oppose",
    note: "Post treats Mao's China as Stalinism in substance; Meaney insists it never became a Soviet-style orthodox order.",
    evidence: [
      { source: "meaney", quote: "Stalinist character of Maoist political", note: "Meaney herself grants the Stalinist character of Maoist organization in industry." },
    ],
  },
  {
    from: "meaney-variant-of-stalinism",
    to: "post-same-as-stalin",
    kind: "support",
    note: "On coercion, Meaney's factory evidence backs Post's equation of Maoism with Stalinism.",
    evidence: [{ source: "meaney", quote: "is legitimately compared with Stalinism" }],
  },
  { from: "meaney-less-inhumane", to: "post-same-as-stalin", kind: "oppose", note: "Remoulding rather than liquidating elites is a real difference in how the two regimes ruled." },
  { from: "meaney-variant-of-stalinism", to: "member-synthesis", kind: "support", note: "Meaney's concession supplies the 'shared coercion' half of the synthesis." },
  { from: "meaney-not-orthodox", to: "member-synthesis", kind: "support", note: "Meaney's thesis supplies the 'no stable orthodoxy' half." },

  // Across authors: Post vs Engst on what the Cultural Revolution was
  {
    from: "post-bureaucratic-class",
    to: "engst-socialist-democracy",
    kind: "oppose",
    note: "For Post the Party was a ruling bureaucracy, so there was no socialist democracy for mass organizations to protect.",
  },
  {
    from: "post-shanghai",
    to: "engst-innovation",
    kind: "oppose",
    note: "Mao himself turned the army on the most radical workers' organization, which undercuts the picture of Mao as their patron.",
    evidence: [{ source: "engst", quote: "it was Mao’s reluctant retreat", note: "Engst too ends the story with Mao's retreat to centralized party leadership." }],
  },
  { from: "post-restoration", to: "engst-failure-cause", kind: "oppose", note: "Post explains capitalist restoration by the bureaucracy's own interests, not by capitalist roaders beating a disarmed working class." },
  { from: "engst-workers-not-afraid", to: "post-no-workers-control", kind: "oppose", note: "Engst's shop-floor experience claims real worker leverage over managers, against Post's picture of total exclusion." },
  { from: "engst-disarmed", to: "post-socialism-from-below", kind: "support", note: "Both agree that without their own organizations workers cannot defend their interests." },

  // Across authors: Post and Engst vs the mass-line text
  { from: "post-socialism-from-below", to: "massline-need-leadership", kind: "oppose", note: "Self-emancipation rejects a vanguard that concentrates and hands down the masses' ideas." },
  { from: "massline-method", to: "post-admirers", kind: "support", note: "The study text is exactly the kind of mass-line case Post's admirers make." },
  {
    from: "engst-mass-line-voluntary",
    to: "massline-masses-lead-leaders",
    kind: "oppose",
    note: "Without an institutional guarantee, the masses could not in fact lead their leaders.",
    evidence: [{ source: "engst", quote: "might be consulted, but had no veto power" }],
  },
  { from: "massline-democracy", to: "engst-socialist-democracy", kind: "support", note: "Mao's definition of democracy as mass self-management is the one Engst builds on." },
  { from: "massline-makers-of-history", to: "engst-rely-on-masses", kind: "support", note: "The historical-materialist premise that the masses make history underwrites Engst's reliance on them." },
  { from: "massline-bureaucratic", to: "engst-party-cannot-self-supervise", kind: "support", note: "Mao's 1943 warning about bureaucratic leadership anticipates the danger Engst describes." },

  // Across authors: Meaney's interviews and Engst's account
  {
    from: "meaney-luan",
    to: "engst-factionalism",
    kind: "support",
    note: "Meaney's informants confirm the chaos Engst admits.",
    evidence: [{ source: "engst", quote: "Chaos and disunity during that period" }],
  },
  { from: "meaney-masses-judge", to: "engst-supervise", kind: "support", note: "Meaney confirms that the masses really did sit in judgment on cadres for a time." },
  { from: "meaney-concrete-criticism", to: "engst-workers-not-afraid", kind: "support", note: "Workers' concrete criticism of cadres fits Engst's claim that managers feared them." },
  { from: "meaney-reform-from-disillusion", to: "engst-disarmed", kind: "oppose", note: "Meaney explains the post-Mao turn by disillusion with the Party, not by a coup against a disarmed working class." },

  // A member's question to Engst
  {
    from: "member-granted-from-above",
    to: "engst-new-structure",
    kind: "oppose",
    note: "A counter-balance that exists at the Party's pleasure may not be a counter-balance at all.",
    evidence: [{ source: "engst", quote: "The right to organize was granted by the Party" }],
  },
  { from: "post-socialism-from-below", to: "member-granted-from-above", kind: "support", note: "Post's emphasis on self-organization sharpens the question of who grants the right to organize." },
];

/** An objection to an edge rather than to either claim: `from` says `target`'s premise does not carry its conclusion. */
export interface DemoUndercut {
  from: string;
  target: { from: string; to: string; kind: "support" | "oppose" };
  note: string;
}

export const DEMO_UNDERCUTS: DemoUndercut[] = [
  {
    from: "post-bureaucratic-class",
    target: { from: "meaney-co-optation-model", to: "meaney-not-orthodox", kind: "support" },
    note: "For Post, how far elites were co-opted describes the regime's style, not its class nature: a bureaucracy ruling as a class is orthodox in the sense that matters either way.",
  },
  {
    from: "post-shanghai",
    target: { from: "engst-factionalism", to: "engst-disarmed", kind: "oppose" },
    note: "If Mao sent the army against workers' own committees, factional chaos does not explain the disbanding, so it cannot excuse it.",
  },
];

/**
 * Claims by different authors that state one proposition in their own words (claim keys). Meaney
 * grants that Maoist coercion in the factories was Stalinist in kind ("legitimately compared with
 * Stalinism"); Post says Mao's rule was barely less brutal than Stalin's: both assert that Mao's
 * regime shared Stalinism's coercion, the common ground the reading group's synthesis builds on.
 */
export const DEMO_EQUIVALENCES: { claims: string[]; why: string }[] = [
  {
    claims: ["meaney-variant-of-stalinism", "post-coercion-deaths"],
    why: "Meaney and Post both hold that Mao's rule shared Stalinism's coercion.",
  },
];
