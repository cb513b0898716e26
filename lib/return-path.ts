/**
 * Only same-site paths are followed after sign-in or sign-up, so a crafted link cannot send users
 * elsewhere. A backslash counts too: browsers read `/\evil.example` as another host.
 */
export function safeReturnPath(value: string | null | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/workspaces";
}
