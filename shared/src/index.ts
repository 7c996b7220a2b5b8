export * from "./format/index";
export * from "./io/index";
export * from "./catalogue/index";
export * from "./layout/index";
export * from "./validation/index";
export * from "./templates/index";
export * from "./ydoc/index";
export * from "./svg/index";
