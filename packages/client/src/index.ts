export { createIdentityCallClient, type IdentityCallClient } from "./client.js";
export {
  API_KEY_ENV_VAR,
  DEFAULT_BASE_URL,
  IdentityCallConfigError,
  type IdentityCallClientOptions,
} from "./options.js";
export type * from "./generated/schema.js";
