// The rendered docs show the description, not vendor extensions: the permission must be stated there too.
/** The description must say "Requires the **<permission>** permission", matching `x-required-permission`. */
export function PermissionInDescription() {
  return {
    Operation: {
      enter(operation, { report, location }) {
        const permission = operation["x-required-permission"];
        if (typeof permission !== "string") return;
        const sentence = `Requires the **${permission}** permission`;
        if (typeof operation.description === "string" && operation.description.includes(sentence)) return;
        report({
          message: `The description must state the permission: add "${sentence}." to it.`,
          location: location.child("description"),
        });
      },
    },
  };
}
