export * from "./touchpointsCsv";
