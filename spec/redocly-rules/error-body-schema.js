// Clients decode every error body the same way; a response with its own ad-hoc error shape would break that.
// JSON bodies use the API's error schemas. Other media types (the HTML page or empty body a gateway in front
// of the API answers with) use the one shared gateway schema, so there is still a single shape to expect.
const DEFAULT_SCHEMAS = ["ErrorResponse", "ValidationFailure"];
const DEFAULT_TEXT_SCHEMAS = ["GatewayErrorBody"];

function schemaName(ref) {
  const last = String(ref).split("/").pop() ?? "";
  return last.replace(/\.(ya?ml|json)$/, "");
}

const isJson = (mediaType) => /^application\/(.+\+)?json$/i.test(mediaType.split(";")[0].trim());

/**
 * Every 4xx/5xx response body must reference one of the shared error schemas: option `schemas` for JSON
 * bodies, option `textSchemas` for any other media type.
 */
export function ErrorBodySchema(options = {}) {
  const jsonSchemas = options.schemas ?? DEFAULT_SCHEMAS;
  const textSchemas = options.textSchemas ?? DEFAULT_TEXT_SCHEMAS;
  return {
    Operation: {
      Response: {
        enter(response, { key, report, location }) {
          if (!/^[45]/.test(String(key))) return;
          for (const [mediaType, media] of Object.entries(response.content ?? {})) {
            const allowed = isJson(mediaType) ? jsonSchemas : textSchemas;
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
