// The browser-safe part of the package (no file system): what the docs page's request console uses to show the
// request a reader built as cURL and as TypeScript, written exactly as the committed samples are.
export { renderCurl } from "./curl.mjs";
export { planRequest } from "./request-plan.mjs";
export { renderTypeScript } from "./typescript.mjs";
