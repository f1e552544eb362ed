export * from "./machine";
export * from "./account";
export * from "./publication";
export * from "./vacancy";
export * from "./nomination";
export * from "./mail";
export * from "./case";
export * from "./training";
