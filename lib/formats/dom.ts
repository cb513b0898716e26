/**
 * Parse HTML into a DOM on the server with jsdom. Scripts never run and nothing is fetched (jsdom's
 * defaults: no `runScripts`, no `resources`), so a hostile page can only cost parsing time.
 * jsdom is loaded on first use: plain-text imports and the CLI never pay for it.
 */
export async function withHtmlDocument<T>(html: string, use: (document: Document) => T | Promise<T>): Promise<T> {
  const { JSDOM } = await import("jsdom");
  const dom = new JSDOM(html);
  try {
    return await use(dom.window.document);
  } finally {
    dom.window.close();
  }
}
