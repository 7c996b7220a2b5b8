export * from "./format/index";
export * from "./io/index";
export * from "./catalogue/index";
