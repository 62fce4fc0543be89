// Account-wide and project-scoped keys see different data; readers must learn from each operation what a
// project-scoped key gets, since that is where the surprises (404 instead of 403, auto-linking) live.
/** The description must say how the operation treats project-scoped keys (it mentions "project-scoped"). */
export function ScopeInDescription() {
  return {
    Operation: {
      enter(operation, { report, location }) {
        if (typeof operation.description === "string" && /project-scoped/i.test(operation.description)) return;
        report({
          message: "The description must say what a project-scoped key gets from this operation.",
          location: location.child("description"),
        });
      },
    },
  };
}
