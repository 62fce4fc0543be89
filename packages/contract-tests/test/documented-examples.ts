import { readFileSync } from "node:fs";
import { BUNDLED_SPEC_PATH } from "@identitycall/mock";

interface BundledSpec {
  components: { examples: Record<string, { value: unknown }> };
}

const spec = JSON.parse(readFileSync(BUNDLED_SPEC_PATH, "utf8")) as BundledSpec;

/** The value of a named example in the bundled spec: what the mock answers with by default. */
export function documentedExample(name: string): unknown {
  const example = spec.components.examples[name];
  if (!example) throw new Error(`The bundled spec has no example named ${name}`);
  return example.value;
}
