// A few lines of DOM building, so the console needs no framework inside the page.
type Child = Node | string | false | null | undefined;

/** `h("label", { for: "x" }, "Name")`: an element with attributes (`on…` functions become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, unknown> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false || value === null) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value as EventListener);
    else if (name === "value" && "value" in element) (element as HTMLInputElement).value = String(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

let counter = 0;
/** A page-unique id, for `label for` and `aria-describedby`. */
export const uniqueId = (prefix: string) => `ic-${prefix}-${++counter}`;
