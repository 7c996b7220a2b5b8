export * from "./locale";
export * from "./phases";
export * from "./channels";
export * from "./itSupport";
export * from "./capabilities";
export * from "./relationshipLadder";
export * from "./createJourney";
