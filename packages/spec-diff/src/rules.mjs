// Every kind of change the gate knows, whether it breaks users, and why. The report and the README quote
// these sentences, so each says what a user of the API or of the typed client would notice.
// "Request" rules protect callers sending requests; "response" rules protect code reading answers, which is
// why the same edit (say, dropping an enum value) can be safe on one side and breaking on the other.

/** @typedef {{ breaking: boolean, why: string }} Rule */

/** @type {Record<string, Rule>} */
export const RULES = {
  "path-removed": { breaking: true, why: "calls to this path now get 404" },
  "path-added": { breaking: false, why: "a new path does not change existing calls" },
  "operation-removed": { breaking: true, why: "calls with this method now fail" },
  "operation-added": { breaking: false, why: "a new operation does not change existing calls" },
  "operation-id-changed": { breaking: true, why: "generated clients and docs links key operations by operationId" },
  "operation-id-removed": { breaking: true, why: "generated clients and docs links key operations by operationId" },
  "operation-id-added": { breaking: false, why: "naming an operation that had no id breaks no one" },

  "parameter-added-required": { breaking: true, why: "existing calls do not send it and will be refused" },
  "parameter-added-optional": { breaking: false, why: "existing calls stay valid without it" },
  "parameter-removed": { breaking: false, why: "callers no longer need to send it" },
  "parameter-became-required": { breaking: true, why: "calls that left it out will be refused" },
  "parameter-became-optional": { breaking: false, why: "calls that send it stay valid" },

  "request-body-added-required": { breaking: true, why: "existing calls send no body and will be refused" },
  "request-body-added-optional": { breaking: false, why: "existing calls stay valid without a body" },
  "request-body-removed": { breaking: false, why: "callers no longer need to send a body" },
  "request-body-became-required": { breaking: true, why: "calls without a body will be refused" },
  "request-body-became-optional": { breaking: false, why: "calls with a body stay valid" },
  "request-media-type-removed": { breaking: true, why: "bodies sent in this format will be refused" },
  "request-media-type-added": { breaking: false, why: "one more accepted format changes no existing call" },

  "request-property-added-required": { breaking: true, why: "existing bodies lack it and will be refused" },
  "request-property-added-optional": { breaking: false, why: "existing bodies stay valid" },
  "request-property-removed": { breaking: false, why: "callers no longer need to send it" },
  "request-property-became-required": { breaking: true, why: "bodies that left it out will be refused" },
  "request-property-became-optional": { breaking: false, why: "bodies that send it stay valid" },
  "request-type-narrowed": { breaking: true, why: "values of the dropped type will be refused" },
  "request-type-widened": { breaking: false, why: "every value accepted before is still accepted" },
  "request-bounds-narrowed": { breaking: true, why: "values inside the old limits but outside the new ones will be refused" },
  "request-bounds-widened": { breaking: false, why: "every value accepted before is still accepted" },
  "request-enum-value-removed": { breaking: true, why: "calls sending this value will be refused" },
  "request-enum-value-added": { breaking: false, why: "one more accepted value changes no existing call" },
  "request-variant-removed": { breaking: true, why: "values matching only this oneOf/anyOf variant will be refused" },
  "request-variant-added": { breaking: false, why: "every value accepted before is still accepted" },

  "success-response-removed": { breaking: true, why: "code handling this success status stops working" },
  "error-response-removed": { breaking: false, why: "one fewer documented failure" },
  "response-added": { breaking: false, why: "a newly documented status; clients handle unknown statuses as errors already" },
  "response-media-type-removed": { breaking: true, why: "clients asking for this format get nothing they can read" },
  "response-media-type-added": { breaking: false, why: "one more format changes no existing reader" },
  "response-property-removed": { breaking: true, why: "code reading this field gets undefined and typed code stops compiling" },
  "response-property-added": { breaking: false, why: "readers ignore fields they do not know" },
  "response-property-became-optional": { breaking: true, why: "code that reads it unconditionally can meet undefined" },
  "response-property-became-required": { breaking: false, why: "the field is now always there" },
  "response-type-widened": { breaking: true, why: "readers can meet a type (often null) their code does not handle" },
  "response-type-narrowed": { breaking: false, why: "every value sent now was possible before" },
  "response-bounds-widened": { breaking: true, why: "readers can meet values outside the limits they were promised" },
  "response-bounds-narrowed": { breaking: false, why: "every value sent now was possible before" },
  "response-enum-value-removed": {
    breaking: true,
    why: "typed code comparing with the removed value stops compiling, and branches for it go dead",
  },
  "response-enum-value-added": { breaking: false, why: "clients are expected to tolerate enum values they do not know" },
  "response-variant-added": { breaking: true, why: "readers can meet a shape their code does not handle" },
  "response-variant-removed": { breaking: false, why: "every value sent now was possible before" },

  "schema-keyword-changed": {
    breaking: false,
    why: "no rule covers this keyword; look at it by hand (the gate does not fail on it)",
  },
};

/** Builds one change record; throws on an unknown rule so a typo cannot pass as "safe". */
export function change(rule, where, detail) {
  const known = RULES[rule];
  if (!known) throw new Error(`spec-diff: unknown rule "${rule}"`);
  return { rule, breaking: known.breaking, where, detail };
}
