export * from "./palette";
export * from "./escape";
export * from "./text";
export * from "./metadata";
export * from "./renderJourneySvg";
