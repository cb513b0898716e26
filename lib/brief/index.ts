/** Seminar debate prep, pure: the brief, its Markdown, the drill. */
export * from "./types";
export * from "./citation";
export * from "./compute-brief";
export * from "./markdown";
export * from "./drill";
export * from "./debate";
