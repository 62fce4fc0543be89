// Our own lint rules for the IdentityCall spec, loaded by /redocly.yaml as the `identitycall` plugin.
import { ErrorBodySchema } from "./error-body-schema.js";
import { NotFoundOnIdPaths } from "./not-found-on-id-paths.js";
import { PermissionInDescription } from "./permission-in-description.js";
import { PermissionMatchesMethod } from "./permission-matches-method.js";
import { ScopeInDescription } from "./scope-in-description.js";

export default function identitycallRules() {
  return {
    id: "identitycall",
    rules: {
      oas3: {
        "permission-matches-method": PermissionMatchesMethod,
        "permission-in-description": PermissionInDescription,
        "not-found-on-id-paths": NotFoundOnIdPaths,
        "error-body-schema": ErrorBodySchema,
        "scope-in-description": ScopeInDescription,
      },
    },
  };
}
