// The bundled spec, read through the spec package's model as the docs build reads it, for tests that check the
// page and the samples against it.
import type { Operation } from "@identitycall/openapi/model";
import { loadSpec } from "@identitycall/openapi/model/node";
import { productionBaseUrl as serverUrl } from "@identitycall/code-samples";

export const spec = loadSpec();

/** An operation as the page shows it: the navigation lists it by its summary. */
export type PageOperation = Operation & { summary: string };

export const operations: PageOperation[] = spec.operations.map((operation) => {
  if (!operation.summary) throw new Error(`${operation.operationId} has no summary: the page's navigation lists operations by it`);
  return operation as PageOperation;
});

/** The URL the samples call: the spec's first server. */
export const productionBaseUrl: string = serverUrl(spec);

/** The `## ` headings of info.description: the guide's sections, which Redoc lists in its navigation. */
export const guideSections: string[] = String(spec.document.info?.description ?? "")
  .split("\n")
  .filter((line) => line.startsWith("## "))
  .map((line) => line.slice(3).trim());
