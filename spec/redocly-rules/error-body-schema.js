// Clients decode every error body the same way; a response with its own ad-hoc error shape would break that.
const DEFAULT_SCHEMAS = ["ErrorResponse", "ValidationFailure"];

function schemaName(ref) {
  const last = String(ref).split("/").pop() ?? "";
  return last.replace(/\.(ya?ml|json)$/, "");
}

/** Every 4xx/5xx response body must reference one of the shared error schemas (option `schemas`). */
export function ErrorBodySchema(options = {}) {
  const allowed = options.schemas ?? DEFAULT_SCHEMAS;
  return {
    Operation: {
      Response: {
        enter(response, { key, report, location }) {
          if (!/^[45]/.test(String(key))) return;
          for (const [mediaType, media] of Object.entries(response.content ?? {})) {
            const ref = media?.schema?.$ref;
            if (ref && allowed.includes(schemaName(ref))) continue;
            report({
              message: `The ${String(key)} body (${mediaType}) must use one of the shared error schemas: ${allowed.join(", ")}.`,
              location: location.child(["content", mediaType, "schema"]),
            });
          }
        },
      },
    },
  };
}
