export * from "./enums";
export * from "./limits";
export * from "./primitives";
export * from "./stage";
export * from "./channel";
export * from "./touchpoint";
export * from "./connection";
export * from "./journeyMap";
