import { ArgumentEdge } from "./ArgumentEdge";
import { ClaimNode } from "./ClaimNode";
import { EquivalenceEdge } from "./EquivalenceEdge";
import { JunctionNode } from "./JunctionNode";

// Defined once at module scope: React Flow re-mounts every node when this object changes identity.
export const nodeTypes = { claim: ClaimNode, junction: JunctionNode };

// Every edge (supports, oppositions, premise segments, undercuts) is React Flow's bezier with a label
// that needs no measuring; registered as "default" so the edges need not name a type. The line
// between claims that state one proposition has its own look.
export const edgeTypes = { default: ArgumentEdge, equivalence: EquivalenceEdge };
