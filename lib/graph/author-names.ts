/**
 * Short names for authors where space is tight (headings, matrix columns): the surname when the
 * name looks like one person's "Given Surname", the full name otherwise, and the full name for
 * every author whose surname would be shared with another, so two people never look like one.
 */

// A name with any of these is a group, an institution or an annotated name: keep it whole.
const NOT_A_PERSONAL_NAME = /[(),&/]| and /i;

export function shortAuthorNames(authors: readonly string[]): Map<string, string> {
  const surname = (author: string) => {
    const words = author.trim().split(/\s+/);
    return words.length < 2 || NOT_A_PERSONAL_NAME.test(author) ? author.trim() : words[words.length - 1]!;
  };
  const uses = new Map<string, number>();
  for (const author of authors) uses.set(surname(author), (uses.get(surname(author)) ?? 0) + 1);
  return new Map(authors.map((author) => [author, uses.get(surname(author))! > 1 ? author.trim() : surname(author)]));
}
