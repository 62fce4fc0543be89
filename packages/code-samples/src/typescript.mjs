// Renders a request plan as a TypeScript program using @identitycall/client. The docs package type-checks
// every rendered file against the client, so a sample that no longer compiles fails the lint.
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Multipart operations for which @identitycall/client has a helper taking `{ file, ...fields }`; the helper
 * builds the form and accepts a path, Blob, bytes or stream. Other multipart operations get a FormData sample.
 */
/** @type {Record<string, string>} */
export const UPLOAD_HELPERS = { "POST /recordings": "uploadRecording" };

/** A JavaScript literal for a JSON value, with unquoted keys where possible, indented by `indent`. */
export function toLiteral(value, indent = "") {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = indent + "  ";
    return `[\n${value.map((item) => `${inner}${toLiteral(item, inner)},`).join("\n")}\n${indent}]`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = indent + "  ";
    const lines = entries.map(([key, item]) => `${inner}${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${toLiteral(item, inner)},`);
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const inlineObject = (entries) =>
  `{ ${entries.map(({ name, value }) => `${IDENTIFIER.test(name) ? name : JSON.stringify(name)}: ${JSON.stringify(value)}`).join(", ")} }`;

function requestOptions(plan) {
  const params = [];
  if (plan.pathParams.length) params.push(`path: ${inlineObject(plan.pathParams)}`);
  if (plan.query.length) params.push(`query: ${inlineObject(plan.query)}`);
  if (plan.headers.length) params.push(`header: ${inlineObject(plan.headers)}`);
  const lines = [];
  if (params.length) lines.push(`  params: { ${params.join(", ")} },`);
  if (plan.body?.kind === "json") lines.push(`  body: ${toLiteral(plan.body.value, "  ")},`);
  if (plan.body?.kind === "multipart") {
    const fields = plan.body.fields.map((f) => (f.file ? { name: f.name, value: f.file } : f));
    lines.push(`  body: ${toLiteral(Object.fromEntries(fields.map((f) => [f.name, f.value])), "  ")},`);
    lines.push(`  // The typed body above names the fields; this turns it into the multipart form the API reads.`);
    lines.push(`  bodySerializer: (fields) => {`);
    lines.push(`    const form = new FormData();`);
    lines.push(`    for (const [name, value] of Object.entries(fields)) {`);
    const fileChecks = plan.body.fields.filter((f) => f.file).map((f) => `name === ${JSON.stringify(f.name)}`);
    lines.push(`      if (${fileChecks.join(" || ")}) form.append(name, audio, String(value));`);
    lines.push(`      else form.append(name, String(value));`);
    lines.push(`    }`);
    lines.push(`    return form;`);
    lines.push(`  },`);
  }
  return lines.length ? `, {\n${lines.join("\n")}\n}` : "";
}

function successOutput(plan) {
  if (!plan.success.hasContent) return `console.log(\`${plan.summary}: HTTP \${response.status}\`);`;
  return plan.success.hasDataEnvelope ? "console.log(data.data);" : "console.log(data);";
}

function uploadHelperCall(plan, helper) {
  const fields = Object.fromEntries(plan.body.fields.map((f) => [f.name, f.file ?? f.value]));
  return [
    "// `file` takes a file path (Node, Bun, Deno), a Blob or File, bytes or a stream.",
    `const { data, error, response } = await ${helper}(client, ${toLiteral(fields)});`,
  ];
}

function formDataCall(plan) {
  const file = plan.body.fields.find((f) => f.file);
  return [
    `const audio = new Blob([await readFile(${JSON.stringify(file.file)})], { type: ${JSON.stringify(file.contentType)} });`,
    "",
    `const { data, error, response } = await client.${plan.method}(${JSON.stringify(plan.path)}${requestOptions(plan)});`,
  ];
}

/**
 * `uploadHelpers` is replaceable so that tests can type-check the FormData form for an operation too. `baseUrl`
 * names a server other than the client's default (production), as the docs page's console does for the mock.
 * @param {any} plan
 * @param {{ uploadHelpers?: Record<string, string>, baseUrl?: string }} [options]
 */
export function renderTypeScript(plan, { uploadHelpers = UPLOAD_HELPERS, baseUrl } = {}) {
  const multipart = plan.body?.kind === "multipart";
  const helper = multipart ? uploadHelpers[`${plan.method} ${plan.path}`] : undefined;
  const lines = [];
  if (multipart && !helper) lines.push(`import { readFile } from "node:fs/promises";`);
  lines.push(`import { createIdentityCallClient${helper ? `, ${helper}` : ""} } from "@identitycall/client";`, "");
  lines.push("// Reads the key from the IDENTITYCALL_API_KEY environment variable.");
  lines.push(`const client = createIdentityCallClient(${baseUrl ? `{ baseUrl: ${JSON.stringify(baseUrl)} }` : ""});`, "");
  if (helper) lines.push(...uploadHelperCall(plan, helper));
  else if (multipart) lines.push(...formDataCall(plan));
  else {
    const names = plan.success.hasContent ? "data, error, response" : "error, response";
    lines.push(`const { ${names} } = await client.${plan.method}(${JSON.stringify(plan.path)}${requestOptions(plan)});`);
  }
  lines.push("if (error) {");
  lines.push("  console.error(`HTTP ${response.status}`, error);");
  lines.push("  process.exitCode = 1;");
  lines.push("} else {");
  lines.push(`  ${successOutput(plan)}`);
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
