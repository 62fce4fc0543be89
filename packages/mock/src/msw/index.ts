export { createIdentityCallHandlers, DEFAULT_BASE_URL, type IdentityCallHandlers, type IdentityCallHandlersOptions } from "./handlers.js";
export { createIdentityCallHttp, identityCallHttp, type IdentityCallHttp } from "./typed-http.js";
