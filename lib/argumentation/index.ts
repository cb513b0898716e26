/**
 * Computational argumentation, pure TypeScript: Dung frameworks (grounded, complete, preferred, stable
 * extensions and acceptance), gradual semantics on bipolar graphs (DF-QuAD, quadratic energy,
 * Euler-based), the ICCMA file formats, and the translation of an argument map into both.
 */
export * from "./framework";
export * from "./grounded";
export * from "./extensions";
export * from "./acceptance";
export * from "./gradual";
export * from "./formats";
export * from "./map-framework";
export * from "./evaluate";
