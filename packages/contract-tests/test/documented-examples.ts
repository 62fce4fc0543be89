import { atPointer } from "@identitycall/openapi/model";
import { readSuiteSpec } from "../src/spec/suite-spec.js";

// The same file the mock serves, read without importing the mock: that would load all of Prism for one path.
const spec = readSuiteSpec();

/** The value of a named example in the bundled spec: what the mock answers with by default. */
export function documentedExample(name: string): unknown {
  const example = atPointer(spec.document, `#/components/examples/${name}`) as { value?: unknown } | undefined;
  if (!example) throw new Error(`The bundled spec has no example named ${name}`);
  return example.value;
}
