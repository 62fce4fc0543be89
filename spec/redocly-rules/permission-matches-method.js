// Reads are never gated on write access and writes never on read access: a mismatch here would send
// users to the dashboard to grant the wrong permission.
const ALLOWED = {
  get: ["read"],
  head: ["read"],
  post: ["write"],
  put: ["write"],
  patch: ["write"],
  // Deleting a link or an operator needs write; deleting data (projects, recordings) needs delete.
  delete: ["write", "delete"],
};

/** `x-required-permission` must be one the HTTP method can plausibly need. */
export function PermissionMatchesMethod() {
  return {
    Operation: {
      enter(operation, { key, report, location }) {
        const permission = operation["x-required-permission"];
        const allowed = ALLOWED[String(key)];
        if (permission === undefined || !allowed || allowed.includes(permission)) return;
        report({
          message: `A ${String(key).toUpperCase()} operation needs ${allowed.join(" or ")} permission, but x-required-permission says "${permission}".`,
          location: location.child("x-required-permission"),
        });
      },
    },
  };
}
