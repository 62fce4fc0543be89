import { readBundledSpec } from "../src/spec/openapi-document.js";

// The same file the mock serves, read without importing the mock: that would load all of Prism for one path.
const spec = readBundledSpec() as { components?: { examples?: Record<string, { value: unknown }> } };

/** The value of a named example in the bundled spec: what the mock answers with by default. */
export function documentedExample(name: string): unknown {
  const example = spec.components?.examples?.[name];
  if (!example) throw new Error(`The bundled spec has no example named ${name}`);
  return example.value;
}
