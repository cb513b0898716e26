import { ClaimNode } from "./ClaimNode";
import { JunctionNode } from "./JunctionNode";

// Defined once at module scope: React Flow re-mounts every node when this object changes identity.
export const nodeTypes = { claim: ClaimNode, junction: JunctionNode };
