// The bundled spec, read the way the docs build reads it, for tests that check the page against it.
import { readFileSync } from "node:fs";
import { forEachOperation } from "../../../scripts/code-samples/operations.mjs";

export interface OperationEntry {
  path: string;
  method: string;
  operationId: string;
  summary: string;
  tags: string[];
  responses: Record<string, unknown>;
  hasBody: boolean;
}

export const bundle = JSON.parse(readFileSync(new URL("../../../spec/dist/openapi.json", import.meta.url), "utf8"));

export const operations: OperationEntry[] = [];
forEachOperation(bundle, ({ path, method, operation, operationId }) => {
  operations.push({
    path,
    method,
    operationId,
    summary: operation.summary,
    tags: operation.tags ?? [],
    responses: operation.responses ?? {},
    hasBody: operation.requestBody !== undefined,
  });
});

export const productionBaseUrl: string = bundle.servers[0].url.replace(/\/$/, "");

/** The `## ` headings of info.description: the guide's sections, which Redoc lists in its navigation. */
export const guideSections: string[] = String(bundle.info.description ?? "")
  .split("\n")
  .filter((line) => line.startsWith("## "))
  .map((line) => line.slice(3).trim());
