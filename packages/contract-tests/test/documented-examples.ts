import { readSuiteSpec } from "../src/spec/suite-spec.js";

// The same file the mock serves, read through the suite's own spec model.
const spec = readSuiteSpec();

/** The value of a named example in the bundled spec: what the mock answers with by default. */
export function documentedExample(name: string): unknown {
  const value = spec.namedExample(name);
  if (value === undefined) throw new Error(`The bundled spec has no example named ${name}`);
  return value;
}
