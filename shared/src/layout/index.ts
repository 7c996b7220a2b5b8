export * from "./metrics";
export * from "./gridMetrics";
export * from "./layoutTypes";
export * from "./pathData";
export * from "./edgeRoutes";
export * from "./emotionLane";
export * from "./layoutJourney";
