// Renders a request plan as a cURL command. The key comes from $IDENTITYCALL_API_KEY, never written inline.

/** Double-quoted shell word: only `"`, `\`, `$` and backtick need escaping inside. */
const doubleQuoted = (text) => `"${String(text).replace(/["\\$`]/g, "\\$&")}"`;
/** Single-quoted shell word; a single quote inside becomes '\'' . */
const singleQuoted = (text) => `'${String(text).replaceAll("'", "'\\''")}'`;

function url(baseUrl, plan) {
  const path = plan.path.replace(/\{([^}]+)\}/g, (_, name) => {
    const param = plan.pathParams.find((p) => p.name === name);
    if (!param) throw new Error(`${plan.operationId}: path parameter {${name}} is not declared in the spec`);
    return encodeURIComponent(String(param.value));
  });
  const query = new URLSearchParams(plan.query.map((q) => [q.name, String(q.value)])).toString();
  return `${baseUrl}${path}${query ? `?${query}` : ""}`;
}

function formArgument(field) {
  if (field.file) return `-F ${doubleQuoted(`${field.name}=@${field.file};type=${field.contentType}`)}`;
  const text = typeof field.value === "object" ? JSON.stringify(field.value) : String(field.value);
  // -F reads "@..." and "<..." as file references and ";" as a separator; --form-string sends text as is.
  const option = /^[@<]|;/.test(text) ? "--form-string" : "-F";
  return `${option} ${doubleQuoted(`${field.name}=${text}`)}`;
}

export function renderCurl(plan, { baseUrl }) {
  const lines = [`curl${plan.method === "GET" ? "" : ` -X ${plan.method}`} ${doubleQuoted(url(baseUrl, plan))}`];
  lines.push(`-H "Authorization: Bearer $IDENTITYCALL_API_KEY"`);
  for (const header of plan.headers) lines.push(`-H ${doubleQuoted(`${header.name}: ${header.value}`)}`);
  if (plan.body?.kind === "json") {
    lines.push(`-H "Content-Type: application/json"`);
    const json = JSON.stringify(plan.body.value, null, 2).replaceAll("\n", "\n  ");
    lines.push(`-d ${singleQuoted(json)}`);
  } else if (plan.body?.kind === "multipart") {
    for (const field of plan.body.fields) lines.push(formArgument(field));
  }
  return `${lines.join(" \\\n  ")}\n`;
}
