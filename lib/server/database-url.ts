/** Which database a DATABASE_URL names: PostgreSQL (postgres:// or postgresql://) or else SQLite. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:/.test(url);
}
