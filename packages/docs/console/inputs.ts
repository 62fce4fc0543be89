// The inputs of the request form, each labelled and typed from the spec, each checked against its schema before
// anything is sent; a problem is said next to its field.
import { escapePointer, type FormField, type JsonSchema, type MediaType, type Parameter, type SpecModel } from "@identitycall/openapi/model";
import { describeSchema } from "./describe-schema.js";
import { h, uniqueId } from "./dom.js";

/** One field of the form: its row in the page, and what it holds once checked (or the reason it is wrong). */
export interface FieldInput<T> {
  row: HTMLElement;
  /** The checked value (undefined for an optional field left empty), or a problem, shown next to the field. */
  read(): { value: T | undefined } | { problem: string };
}

function fieldRow(label: string, control: HTMLElement, hint: string, required: boolean) {
  const id = uniqueId("field");
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  control.id = id;
  control.setAttribute("aria-describedby", `${hintId} ${problemId}`);
  if (required) control.setAttribute("aria-required", "true");
  const problem = h("p", { id: problemId, class: "ic-problem", role: "alert" });
  const row = h(
    "div",
    { class: "ic-field" },
    h("label", { for: id }, label, required ? h("span", { class: "ic-required", title: "required" }, " *") : null),
    control,
    h("p", { id: hintId, class: "ic-hint" }, hint),
    problem,
  );
  const show = (text: string | undefined) => {
    problem.textContent = text ?? "";
    if (text) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
    return text;
  };
  return { row, show };
}

/** A select for enums and booleans, a text box for everything else, prefilled with `initial`. */
function textControl(schema: JsonSchema, initial: unknown, required: boolean): HTMLInputElement | HTMLSelectElement {
  const choices = Array.isArray(schema.enum)
    ? schema.enum.filter((v) => v !== null).map(String)
    : [schema.type].flat().includes("boolean")
      ? ["true", "false"]
      : undefined;
  const text = initial === undefined || initial === null ? "" : typeof initial === "object" ? JSON.stringify(initial) : String(initial);
  if (choices) {
    const select = h("select", {}, ...(required ? [] : [h("option", { value: "" }, "(not sent)")]), ...choices.map((c) => h("option", { value: c }, c)));
    select.value = text;
    return select;
  }
  const numeric = [schema.type].flat().some((t) => t === "integer" || t === "number");
  return h("input", { type: "text", value: text, inputmode: numeric ? "numeric" : undefined, autocomplete: "off", spellcheck: "false" });
}

/** A text value checked against the schema at `pointer` the way a URL or a form carries it. */
function checkedText(spec: SpecModel, pointer: string, schema: JsonSchema, raw: string, required: boolean, show: (t?: string) => unknown) {
  if (raw === "") {
    if (required) return { problem: String(show("Required: fill it in before sending.")) };
    show(undefined);
    return { value: undefined };
  }
  if (!spec.acceptsText(pointer, raw)) return { problem: String(show(`"${raw}" is not valid here: expected ${describeSchema(schema, spec.resolve)}.`)) };
  show(undefined);
  return { value: raw };
}

/** A path or query parameter. */
export function parameterInput(spec: SpecModel, parameter: Parameter): FieldInput<string> {
  const initial = parameter.examples[0]?.value ?? (parameter.required ? spec.sampleValue(parameter.schema) : undefined);
  const control = textControl(parameter.schema, initial, parameter.required);
  const hint = [`${parameter.in} parameter, ${describeSchema(parameter.schema, spec.resolve)}`, parameter.description].filter(Boolean).join(". ");
  const { row, show } = fieldRow(parameter.name, control, hint, parameter.required);
  return { row, read: () => checkedText(spec, parameter.schemaPointer, parameter.schema, control.value.trim(), parameter.required, show) };
}

/** A JSON request body, prefilled with the documented example and checked against its schema. */
export function jsonBodyInput(spec: SpecModel, media: MediaType, required: boolean): FieldInput<unknown> {
  const initial = media.examples[0]?.value ?? spec.sampleValue(media.schema);
  const control = h("textarea", { rows: 10, spellcheck: "false", class: "ic-code" });
  control.value = JSON.stringify(initial, null, 2);
  const { row, show } = fieldRow("Request body (JSON)", control, "Edit the example; it is checked against the schema before sending.", required);
  return {
    row,
    read() {
      const text = control.value.trim();
      if (text === "") return required ? { problem: String(show("Required: this operation needs a body.")) } : { value: undefined };
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        return { problem: String(show(`Not JSON: ${(error as Error).message}`)) };
      }
      const problems = media.schema ? spec.validate(media.schemaPointer, value) : [];
      if (problems.length > 0) return { problem: String(show(problems.map((p) => `${p.path || "(body)"} ${p.message}`).join("; "))) };
      show(undefined);
      return { value };
    },
  };
}

/** One field of a multipart form: a file picker for file parts, a text input otherwise. */
export function formFieldInput(spec: SpecModel, media: MediaType, field: FormField): FieldInput<string | File> {
  const example = (media.examples[0]?.value as Record<string, unknown> | undefined)?.[field.name];
  if (field.isFile) {
    const control = h("input", { type: "file", accept: field.contentTypes?.join(",") });
    const { row, show } = fieldRow(field.name, control, `A file${field.contentTypes ? ` (${field.contentTypes.join(", ")})` : ""}.`, field.required);
    return {
      row,
      read() {
        const file = control.files?.[0];
        if (!file && field.required) return { problem: String(show("Required: choose a file.")) };
        show(undefined);
        return { value: file };
      },
    };
  }
  const control = textControl(field.schema, example ?? (field.required ? spec.sampleValue(field.schema) : undefined), field.required);
  const { row, show } = fieldRow(field.name, control, `Form field, ${describeSchema(field.schema, spec.resolve)}.`, field.required);
  const pointer = `${media.schemaPointer}/properties/${escapePointer(field.name)}`;
  return { row, read: () => checkedText(spec, pointer, field.schema, control.value.trim(), field.required, show) };
}
