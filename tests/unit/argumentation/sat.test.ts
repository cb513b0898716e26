import fc from "fast-check";
import { negative, positive, SatSolver } from "../../../lib/argumentation/sat";

type Clause = number[];

function satisfies(assignment: boolean[], clauses: Clause[]): boolean {
  return clauses.every((c) => c.some((l) => assignment[l >> 1] === ((l & 1) === 0)));
}

function allModels(variables: number, clauses: Clause[]): boolean[][] {
  const models: boolean[][] = [];
  for (let mask = 0; mask < 1 << variables; mask++) {
    const assignment = Array.from({ length: variables }, (_, v) => (mask & (1 << v)) !== 0);
    if (satisfies(assignment, clauses)) models.push(assignment);
  }
  return models;
}

/** Random CNF: 1 to 10 variables, clauses of 1 to 4 literals. */
const arbitraryCnf = fc.integer({ min: 1, max: 10 }).chain((variables) =>
  fc.record({
    variables: fc.constant(variables),
    clauses: fc.array(fc.array(fc.integer({ min: 0, max: 2 * variables - 1 }), { minLength: 1, maxLength: 4 }), { maxLength: 45 }),
  }),
);

function solverFor(variables: number, clauses: Clause[], preferred: number[]): SatSolver | null {
  const solver = new SatSolver(variables, preferred);
  for (const clause of clauses) if (!solver.addClause(clause)) return null;
  return solver;
}

describe("CDCL solver", () => {
  it("decides satisfiability like a truth table, and its models satisfy every clause", () => {
    fc.assert(
      fc.property(arbitraryCnf, ({ variables, clauses }) => {
        const solver = solverFor(variables, clauses, []);
        const found = solver !== null && solver.solve();
        expect(found).toBe(allModels(variables, clauses).length > 0);
        if (found) {
          const model = Array.from({ length: variables }, (_, v) => solver.isTrue(v));
          expect(satisfies(model, clauses)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("with every variable preferred, each model is subset-maximal and excluding subsets enumerates all maximal models", () => {
    fc.assert(
      fc.property(arbitraryCnf, ({ variables, clauses }) => {
        const all = Array.from({ length: variables }, (_, v) => v);
        const trueSet = (m: boolean[]) => all.filter((v) => m[v]);
        const models = allModels(variables, clauses).map(trueSet);
        const maximal = models.filter((m) => !models.some((o) => o.length > m.length && m.every((v) => o.includes(v))));
        const solver = solverFor(variables, clauses, all);
        const found: number[][] = [];
        while (solver && solver.solve()) {
          const model = all.filter((v) => solver.isTrue(v));
          found.push(model);
          // The current model falsifies "some variable outside it is true": the situation exclude is for.
          if (!solver.exclude(all.filter((v) => !model.includes(v)).map(positive))) break;
        }
        const key = (sets: number[][]) => sets.map((s) => s.join(",")).sort();
        expect(key(found)).toEqual(key(maximal));
      }),
      { numRuns: 400 },
    );
  });

  it("handles the empty formula and an immediate contradiction", () => {
    const empty = new SatSolver(0, []);
    expect(empty.solve()).toBe(true);
    const contradiction = new SatSolver(1, [0]);
    contradiction.addClause([positive(0)]);
    expect(contradiction.addClause([negative(0)])).toBe(false);
    expect(contradiction.solve()).toBe(false);
  });
});
