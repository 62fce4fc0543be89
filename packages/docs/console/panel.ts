// The request panel of one operation: server, key, parameters and body, Send, then the answer and whether it keeps
// the contract, and the same request as cURL and TypeScript. A modal <dialog>: focus stays inside, Escape closes.
import type { Operation, SpecModel } from "@identitycall/openapi/model";
import { h, uniqueId } from "./dom.js";
import { formFieldInput, jsonBodyInput, parameterInput, type FieldInput } from "./inputs.js";
import { keyStore } from "./key-store.js";
import { requestAsCode, type RequestValues } from "./request-code.js";
import { sendRequest, type Answer } from "./send.js";
import { LOCAL_MOCK, mockBesideThePage, serverProblem } from "./servers.js";
import { judgeAnswer } from "./verdict.js";

function prettyBody(answer: Answer): string {
  if (!/json/.test(answer.contentType)) return answer.text;
  try {
    return JSON.stringify(JSON.parse(answer.text), null, 2);
  } catch {
    return answer.text;
  }
}

function copyButton(label: string, source: () => string, status: HTMLElement) {
  return h("button", {
    type: "button",
    class: "ic-secondary",
    onclick: () => {
      navigator.clipboard.writeText(source()).then(
        () => (status.textContent = `${label} copied.`),
        () => (status.textContent = `The browser did not allow copying: select the ${label} below and copy it.`),
      );
    },
  }, `Copy as ${label}`);
}

export function openConsole(spec: SpecModel, operation: Operation, productionUrl: string, opener: HTMLElement) {
  document.querySelector("dialog.ic-console")?.remove();
  const titleId = uniqueId("title");
  const path = operation.parameters.filter((p) => p.in === "path").map((p) => ({ parameter: p, input: parameterInput(spec, p) }));
  const query = operation.parameters.filter((p) => p.in === "query").map((p) => ({ parameter: p, input: parameterInput(spec, p) }));
  const json = operation.requestBody?.content.find((m) => m.mediaType === "application/json");
  const multipart = operation.requestBody?.content.find((m) => m.mediaType === "multipart/form-data");
  const jsonInput = json ? jsonBodyInput(spec, json, operation.requestBody!.required) : undefined;
  const formInputs = multipart ? spec.formFields(multipart).map((field) => ({ field, input: formFieldInput(spec, multipart, field) })) : [];

  // Server
  const serverId = uniqueId("server");
  const mockOption = h("option", { value: LOCAL_MOCK }, `Local mock (${LOCAL_MOCK})`);
  const serverSelect = h(
    "select",
    { id: serverId },
    mockOption,
    h("option", { value: productionUrl }, `Production (${productionUrl})`),
    h("option", { value: "custom" }, "Another URL…"),
  );
  const customId = uniqueId("custom");
  const customServer = h("input", { id: customId, type: "url", placeholder: "https://…", autocomplete: "off", spellcheck: "false", hidden: true });
  const customLabel = h("label", { for: customId, hidden: true }, "Server URL");
  const serverProblemText = h("p", { class: "ic-problem", role: "alert" });
  serverSelect.addEventListener("change", () => {
    const custom = serverSelect.value === "custom";
    customServer.hidden = !custom;
    customLabel.hidden = !custom;
    if (custom) customServer.focus();
  });
  // Send waits for this answer (a few milliseconds from the page's own server), so that a quick first Send goes
  // to the mock beside the page rather than to the fallback.
  const mockLookup = mockBesideThePage().then((url) => {
    if (!url) return;
    mockOption.value = url;
    mockOption.textContent = `Mock beside this page (${url})`;
  });

  // Key
  const keyId = uniqueId("key");
  const rememberId = uniqueId("remember");
  const keyInput = h("input", { id: keyId, type: "password", autocomplete: "off", spellcheck: "false", value: keyStore.get(), placeholder: "idc_…" });
  const remember = h("input", { id: rememberId, type: "checkbox", checked: keyStore.remembered() });
  const keyStatus = h("p", { class: "ic-hint", role: "status" });
  const saveKey = () => keyStore.set(keyInput.value.trim(), remember.checked);
  keyInput.addEventListener("input", saveKey);
  remember.addEventListener("change", saveKey);
  const forget = h("button", {
    type: "button",
    class: "ic-secondary",
    onclick: () => {
      keyStore.forget();
      keyInput.value = "";
      remember.checked = false;
      keyStatus.textContent = "Key forgotten: it is no longer in this page or this tab's storage.";
    },
  }, "Forget key");

  // Answer and code
  const answerHeadingId = uniqueId("answer");
  const answerSection = h("section", { class: "ic-answer", "aria-labelledby": answerHeadingId, tabindex: "-1", hidden: true });
  const formProblem = h("p", { class: "ic-problem", role: "alert" });
  const copyStatus = h("p", { class: "ic-hint", role: "status" });
  const curlCode = h("pre", { class: "ic-code", tabindex: "0" });
  const tsCode = h("pre", { class: "ic-code", tabindex: "0" });
  const sendButton = h("button", { type: "submit", class: "ic-primary" }, "Send");
  let inFlight: AbortController | undefined;

  function readValues(): RequestValues | undefined {
    const values: RequestValues = { path: {}, query: {} };
    const problems: FieldInput<unknown>[] = [];
    const take = <T>(input: FieldInput<T>, put: (value: T) => void) => {
      const read = input.read();
      if ("problem" in read) problems.push(input as FieldInput<unknown>);
      else if (read.value !== undefined) put(read.value);
    };
    for (const { parameter, input } of path) take(input, (v) => (values.path[parameter.name] = v));
    for (const { parameter, input } of query) take(input, (v) => (values.query[parameter.name] = v));
    if (jsonInput) take(jsonInput, (v) => (values.json = v));
    if (multipart) {
      values.form = {};
      for (const { field, input } of formInputs) take(input, (v) => (values.form![field.name] = v));
    }
    if (problems.length > 0) {
      formProblem.textContent = "Fix the marked fields: nothing was sent.";
      problems[0]!.row.querySelector<HTMLElement>("input, select, textarea")?.focus();
      return undefined;
    }
    formProblem.textContent = "";
    return values;
  }

  function requestFor(base: string, values: RequestValues): { url: string; init: RequestInit } {
    const filled = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values.path[name] ?? ""));
    const search = new URLSearchParams(values.query).toString();
    const headers: Record<string, string> = { Accept: "application/json" };
    const key = keyStore.get();
    if (key) headers["Authorization"] = `Bearer ${key}`;
    let body: BodyInit | undefined;
    if (values.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(values.json);
    } else if (values.form) {
      const form = new FormData();
      for (const [name, value] of Object.entries(values.form)) form.append(name, value);
      body = form;
    }
    return { url: `${base}${filled}${search ? `?${search}` : ""}`, init: { method: operation.method, headers, ...(body ? { body } : {}) } };
  }

  function showAnswer(answer: Answer) {
    const verdict = judgeAnswer(spec, operation, answer.status, answer.contentType, answer.text);
    answerSection.replaceChildren(
      h("h3", { id: answerHeadingId }, `Answer: HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ""}`),
      h("p", { class: "ic-timing" }, `${answer.milliseconds} ms`),
      verdict.matches
        ? h("p", { class: "ic-verdict ic-ok" }, "✓ Matches the spec")
        : h(
            "div",
            { class: "ic-verdict ic-bad" },
            h("p", {}, `✗ Does not match the spec (${verdict.mismatches.length}):`),
            h("ul", {}, ...verdict.mismatches.map((m) => h("li", {}, m))),
          ),
      h(
        "details",
        {},
        h("summary", {}, `Response headers (${answer.headers.length})`),
        h("dl", { class: "ic-headers" }, ...answer.headers.flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value)])),
      ),
      h("pre", { class: "ic-code ic-body", tabindex: "0", "aria-label": "Response body" }, prettyBody(answer) || "(empty body)"),
    );
  }

  async function send(event: Event) {
    event.preventDefault();
    const values = readValues();
    if (!values) return;
    await mockLookup;
    const base = (serverSelect.value === "custom" ? customServer.value.trim() : serverSelect.value).replace(/\/$/, "");
    const problem = serverProblem(base, keyStore.get() !== "");
    serverProblemText.textContent = problem ?? "";
    if (problem) {
      (serverSelect.value === "custom" ? customServer : serverSelect).focus();
      return;
    }
    const code = requestAsCode(spec, operation, values, base, productionUrl);
    curlCode.textContent = code.curl;
    tsCode.textContent = code.typescript;
    const { url, init } = requestFor(base, values);
    inFlight?.abort();
    inFlight = new AbortController();
    sendButton.disabled = true;
    sendButton.textContent = "Sending…";
    const sent = await sendRequest(url, init, inFlight.signal);
    sendButton.disabled = false;
    sendButton.textContent = "Send";
    answerSection.hidden = false;
    if ("answer" in sent) showAnswer(sent.answer);
    else answerSection.replaceChildren(h("h3", { id: answerHeadingId }, "No answer"), h("p", { class: "ic-problem" }, sent.failure));
    answerSection.focus();
  }

  const fieldset = (legend: string, ...rows: (HTMLElement | false)[]) =>
    rows.some(Boolean) ? h("fieldset", {}, h("legend", {}, legend), ...rows) : null;

  const dialog = h(
    "dialog",
    { class: "ic-console", "aria-labelledby": titleId },
    h(
      "div",
      { class: "ic-head" },
      h("h2", { id: titleId }, `Try it: ${operation.summary ?? operation.operationId}`),
      h("button", { type: "button", class: "ic-close", "aria-label": "Close", onclick: () => dialog.close() }, "×"),
    ),
    h("p", { class: "ic-endpoint" }, h("code", {}, `${operation.method} ${operation.path}`)),
    h(
      "form",
      { onsubmit: send, novalidate: true },
      fieldset(
        "Server",
        h("div", { class: "ic-field" }, h("label", { for: serverId }, "Send to"), serverSelect, customLabel, customServer, serverProblemText),
      ),
      fieldset(
        "Authentication",
        h(
          "div",
          { class: "ic-field" },
          h("label", { for: keyId }, "API key"),
          keyInput,
          h("p", { class: "ic-hint" }, "Sent only as Authorization: Bearer to the server above. Kept in this page until you forget it."),
        ),
        h("div", { class: "ic-inline" }, remember, h("label", { for: rememberId }, "Remember it for this tab (sessionStorage)"), forget),
        keyStatus,
      ),
      fieldset("Path parameters", ...path.map(({ input }) => input.row)),
      fieldset("Query parameters", ...query.map(({ input }) => input.row)),
      fieldset("Body", jsonInput?.row ?? false, ...formInputs.map(({ input }) => input.row)),
      h("div", { class: "ic-actions" }, sendButton, formProblem),
    ),
    answerSection,
    h(
      "section",
      { class: "ic-copy" },
      h("h3", {}, "This request as code"),
      h("p", { class: "ic-hint" }, "Filled in when you send. The key is read from IDENTITYCALL_API_KEY, never written out."),
      h("div", { class: "ic-inline" }, copyButton("cURL", () => curlCode.textContent ?? "", copyStatus), copyButton("TypeScript", () => tsCode.textContent ?? "", copyStatus)),
      copyStatus,
      h("details", {}, h("summary", {}, "cURL"), curlCode),
      h("details", {}, h("summary", {}, "TypeScript (@identitycall/client)"), tsCode),
    ),
  );
  dialog.addEventListener("close", () => {
    inFlight?.abort();
    dialog.remove();
    opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  (path[0]?.input.row.querySelector<HTMLElement>("input, select") ?? keyInput).focus();
}
