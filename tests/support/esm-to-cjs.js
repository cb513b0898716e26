// Jest transform for the few ES-module-only files the app loads with a dynamic import() in
// production (pdfjs-dist's .mjs builds). Jest on Node 20 cannot evaluate ES modules without
// --experimental-vm-modules, so these are compiled to CommonJS for tests only: import/export and
// import() become require(), and import.meta.url becomes the file's own URL.
const crypto = require("node:crypto");
const ts = require("typescript");

const TRANSFORM_VERSION = "2";

module.exports = {
  getCacheKey(source, filename) {
    return crypto.createHash("sha256").update(TRANSFORM_VERSION).update(filename).update(source).digest("hex");
  },
  process(source, filename) {
    // Not require("node:url"): pdfjs declares its own `const require` in the scopes that read import.meta.url.
    const withMetaUrl = source.replace(/\bimport\.meta\.url\b/g, "__esmFileUrl");
    const prelude = `const __esmFileUrl = ${JSON.stringify(`file://${filename}`)};\n`;
    const output = ts.transpileModule(prelude + withMetaUrl, {
      fileName: filename.replace(/\.mjs$/, ".js"),
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true, sourceMap: false },
      reportDiagnostics: false,
    });
    return { code: output.outputText };
  },
};
