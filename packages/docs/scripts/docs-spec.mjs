// The docs-only copy of the bundled spec: the committed code samples merged in as x-codeSamples and our logo
// as x-logo. The spec files themselves are never touched by the docs build.
import { readFileSync } from "node:fs";
import { SAMPLE_KINDS, sampleFileName, sampleOperations } from "@identitycall/code-samples";
import { atPointer } from "@identitycall/openapi/model";

/** `data:` URI of an SVG file, so the page needs no request to show it. */
export function svgDataUri(path) {
  return `data:image/svg+xml;base64,${readFileSync(path).toString("base64")}`;
}

/**
 * Returns a copy of the spec's document with each operation's samples from `samplesDir` (`<operationId>.sh`
 * and `.ts`). Throws, listing every missing file, when an operation has no sample yet.
 * @param {import("@identitycall/openapi/model").SpecModel} spec
 * @param {string} samplesDir
 */
export function withCodeSamples(spec, samplesDir) {
  const copy = structuredClone(spec.document);
  const missing = [];
  for (const operation of sampleOperations(spec)) {
    // The copy's own operation object, which Redoc reads x-codeSamples from.
    const target = atPointer(copy, operation.pointer);
    target["x-codeSamples"] = SAMPLE_KINDS.map((kind) => {
      const file = `${samplesDir}/${sampleFileName(operation, kind)}`;
      try {
        return { lang: kind.lang, label: kind.label, source: readFileSync(file, "utf8") };
      } catch {
        missing.push(file);
        return undefined;
      }
    });
  }
  if (missing.length > 0) {
    throw new Error(
      `No code sample for ${missing.length} file(s):\n  ${missing.join("\n  ")}\n` +
        "Regenerate them with `pnpm generate` (or `pnpm --filter @identitycall/docs generate`) and commit packages/docs/samples.",
    );
  }
  return copy;
}

export function withLogo(spec, logoUri) {
  return { ...spec, info: { ...spec.info, "x-logo": { url: logoUri, altText: "IdentityCall API reference" } } };
}
