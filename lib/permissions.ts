/**
 * Roles and what each may do, as data: the services ask `can(role, action)` and nothing else
 * decides access. Adding an action means adding one row here.
 */
export const ROLES = ["owner", "editor", "commenter", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "workspace:read",
  "workspace:manage",
  "members:manage",
  "source:write",
  "claim:write",
  "edge:write",
  // Saying two claims state one proposition re-points what the map draws and how it evaluates, so
  // it is an edit of the map, like drawing an edge: editors and owners.
  "equivalence:write",
  "comment:write",
  "comment:moderate",
  "stance:write",
  "brief:write",
  // Setting up a group debate decides which members may read which brief, so it is the owners' call,
  // like managing members; everyone else only prepares inside the side they were given.
  "debate:manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const ALLOWED: Record<Role, readonly Action[]> = {
  owner: ACTIONS,
  editor: ["workspace:read", "source:write", "claim:write", "edge:write", "equivalence:write", "comment:write", "stance:write", "brief:write"],
  // A brief is a saved view of the map and changes nothing on it, like a stance: commenters (the
  // students preparing a debate) may keep their own. Answers from the drill add claims: editors only.
  commenter: ["workspace:read", "comment:write", "stance:write", "brief:write"],
  // "Every member can mark agree, disagree or unsure": a stance says where the reader stands and
  // changes nothing on the map, so viewers mark theirs too.
  viewer: ["workspace:read", "stance:write"],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(role: string, action: Action): boolean {
  return isRole(role) && ALLOWED[role].includes(action);
}


/** "an owner", "an editor", "a commenter", "a viewer": for sentences about a role. */
export function roleWithArticle(role: string): string {
  return `${/^[aeiou]/.test(role) ? "an" : "a"} ${role}`;
}
