// Built to dist/spec-model.js with the spec package's model inside it: what the installed suite's sources get when
// they import `@identitycall/openapi/model` (suite-config.ts points that name here).
export * from "@identitycall/openapi/model";
