import { claimForm, findMarkers, headingRole, lexRank, placeParagraphs } from "@/lib/suggest";
import { doc } from "./doc";

describe("the form of a claim", () => {
  it("accepts an assertion with a finite verb of a reasonable length", () => {
    expect(claimForm("Disbanding the mass organizations was the main cause of the failure of socialism in China.").ok).toBe(true);
    expect(claimForm("The workers' councils collapsed within a year of their founding in the provinces.").ok).toBe(true);
  });

  it("refuses questions, fragments, run-ons and sentences without a finite verb", () => {
    expect(claimForm("Why did the socialist transition in China fail so completely after 1976?").reason).toBe("question");
    expect(claimForm("A short one.").reason).toBe("too short");
    expect(claimForm(`${"many words ".repeat(40)}were said.`).reason).toBe("too long");
    expect(claimForm("that the masses must come to see the necessity of revolution for themselves.").reason).toBe("fragment");
    expect(claimForm("That social consciousness is the result of social being and of nothing else;").reason).toBe("fragment");
    expect(claimForm("The long road from the villages to the cities of the coast in the early years of reform.").reason).toBe("no finite verb");
  });

  it("refuses someone else's words: quotations and reported views", () => {
    expect(claimForm("“The masses are the real heroes, while we ourselves are often childish and ignorant.”").reason).toBe("quotation");
    expect(claimForm("Schurmann argues that the factory manager lost most of his authority after 1956.").reason).toBe("quotation");
    expect(claimForm("As Lenin put it, “without revolutionary theory there can be no revolutionary movement” in any country.").reason).toBe("quotation");
  });

  it("refuses sentences that only point elsewhere in the text", () => {
    expect(claimForm("See chapter 4 for a fuller account of the managers and their training.").reason).toBe("reference");
  });
});

describe("discourse markers", () => {
  it("finds thesis, conclusion, obligation, cause and contrast markers", () => {
    const labels = (s: string) => findMarkers(s).map((m) => m.label);
    expect(labels("I argue that the reforms were a retreat.")).toContain("“I argue”");
    expect(labels("Therefore the party lost its base among the workers.")).toContain("“therefore”");
    expect(labels("We must rebuild the mass organizations from below.")).toContain("“we must”");
    // Telling the reader where to look is not an obligation the author argues for.
    expect(labels("We must also understand the relations between the party and the masses.")).not.toContain("“we must”");
    expect(labels("The defeat was the result of the disbanding of the Red Guards.")).toContain("causal claim");
    expect(labels("It was not a socialist society but a bureaucratic class society.")).toEqual(["“not … but”"]);
    expect(labels("The harvest was good, but the grain was requisitioned.")).toEqual(["contrast"]);
    expect(labels("The harvest was good in the north that year.")).toEqual([]);
  });

  it("weighs a committing marker above a plain contrast", () => {
    const weight = (s: string) => findMarkers(s).reduce((sum, m) => sum + m.weight, 0);
    expect(weight("I argue that the reforms failed.")).toBeGreaterThan(weight("The reforms were tried, but they failed."));
  });
});

describe("where a paragraph stands", () => {
  it("names sections by their heading words", () => {
    expect(headingRole("1. Introduction")).toBe("introduction");
    expect(headingRole("Concluding remarks")).toBe("conclusion");
    expect(headingRole("Abstract")).toBe("abstract");
    expect(headingRole("The factory in 1958")).toBeNull();
  });

  it("carries a heading's role to its paragraphs until the next heading of its level, and marks the text's ends", () => {
    const body = "A paragraph of ordinary length that says something about the matter.";
    const { text, paragraphs } = doc([
      { heading: "Introduction" }, body, { heading: "Background", level: 2 }, body,
      { heading: "The factories" }, ...Array(20).fill(body), { heading: "Conclusion" }, body,
    ]);
    const places = placeParagraphs(text, paragraphs);
    expect(places[1]!.byHeading).toBe("introduction");
    // A subsection of the introduction is still the introduction.
    expect(places[3]!.byHeading).toBe("introduction");
    expect(places[15]!.byHeading).toBeNull();
    expect(places[15]!.byPosition).toBeNull();
    expect(places[1]!.byPosition).toBe("opening");
    expect(places.at(-1)!.byHeading).toBe("conclusion");
    expect(places.at(-1)!.byPosition).toBe("closing");
  });
});

describe("LexRank centrality", () => {
  it("ranks the sentence that shares words with all the others highest and an unrelated one at 0", () => {
    const scores = lexRank([
      "Committees villages harvest.",
      "Factories rivers bridges.",
      "Committees managers factories planning.",
      "Planning schools teachers.",
      "Managers soldiers horses.",
      "Weather spring rain Shanghai.",
    ], { maxDocumentShare: 1 });
    expect(scores[2]).toBe(1);
    for (const i of [0, 1, 3, 4]) expect(scores[i]).toBeLessThan(1);
    expect(scores[5]).toBe(0);
  });

  it("is quick on a few thousand sentences (sparse index, not all pairs)", () => {
    const words = "party committee factory manager worker plan reform mass line cadre commune brigade team state market wage bonus".split(" ");
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const sentences = Array.from({ length: 3000 }, () => Array.from({ length: 14 }, () => `${words[Math.floor(next() * words.length)]}${Math.floor(next() * 400)}`).join(" "));
    const scores = lexRank(sentences);
    expect(scores).toHaveLength(3000);
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
  });
});
