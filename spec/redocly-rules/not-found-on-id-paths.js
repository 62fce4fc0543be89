// Any id can be wrong, deleted, or outside a project-scoped key's project, so every operation on a path
// with a path parameter can answer 404 and must say so.
/** Operations on a path with a `{parameter}` must document a 404 response. */
export function NotFoundOnIdPaths() {
  let path = "";
  return {
    PathItem: {
      enter(_pathItem, { key }) {
        path = String(key);
      },
      Operation: {
        enter(operation, { report, location }) {
          if (!path.includes("{")) return;
          if (operation.responses && "404" in operation.responses) return;
          report({
            message: `${path} names a resource by id, so the operation must document a 404 response.`,
            location: location.child("responses").key(),
          });
        },
      },
    },
  };
}
