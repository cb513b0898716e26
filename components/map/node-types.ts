import { ClaimNode } from "./ClaimNode";

// Defined once at module scope: React Flow re-mounts every node when this object changes identity.
export const nodeTypes = { claim: ClaimNode };
