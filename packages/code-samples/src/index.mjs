// Code samples for the docs: each operation of the spec's model as a cURL command and a TypeScript program
// using @identitycall/client. Everything about the spec (operations, references, example values, which form
// field is a file) comes from @identitycall/openapi/model; this package only decides what a sample shows and
// how it is written.
export { renderCurl } from "./curl.mjs";
export { compareSampleFiles, generateSamples, productionBaseUrl, renderSampleFiles } from "./generate.mjs";
export { SAMPLE_KINDS, sampleFileName } from "./kinds.mjs";
export { planRequest, SAMPLE_UPLOAD_FILE, SAMPLE_UPLOAD_TYPE } from "./request-plan.mjs";
export { sampleOperations } from "./sample-operations.mjs";
export { renderTypeScript, toLiteral, UPLOAD_HELPERS } from "./typescript.mjs";
