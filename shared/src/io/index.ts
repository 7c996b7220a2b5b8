export * from "./problems";
export * from "./migrations";
export * from "./journeyMigrations";
export * from "./importJourney";
export * from "./exportJourney";
