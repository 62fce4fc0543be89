// What the spec's tests ask of the bundle, answered by the spec model (src/model): no test walks the document
// or follows a $ref itself.
import { loadSpec } from "../src/model/node.js";
import type { ExampleSource } from "../src/model/index.js";

/** The model of the bundled spec (`dist/openapi.json`). */
export const spec = loadSpec();

export interface MediaTypeExample {
  /** Where it is used, e.g. `GET /virtual_numbers 200 application/json`. */
  where: string;
  name: string;
  value: unknown;
  /** Pointer of the schema the example must satisfy. */
  schemaPointer: string;
  operationId: string;
  /** `request`, or the response status code. */
  part: string;
  mediaType: string;
  source?: ExampleSource;
}

/** Every named example of every request body and response body, with the schema it belongs to. */
export function mediaTypeExamples(): MediaTypeExample[] {
  return spec.operations.flatMap((operation) => {
    const label = `${operation.method} ${operation.path}`;
    const parts = [
      ...(operation.requestBody ? [{ part: "request", content: operation.requestBody.content }] : []),
      ...operation.responses.map((response) => ({ part: response.status, content: response.content })),
    ];
    return parts.flatMap(({ part, content }) =>
      content.flatMap((media) =>
        media.examples.map((example) => ({
          where: `${label} ${part} ${media.mediaType}`,
          name: example.name,
          value: example.value,
          schemaPointer: media.schemaPointer,
          operationId: operation.operationId,
          part,
          mediaType: media.mediaType,
          ...(example.source ? { source: example.source } : {}),
        })),
      ),
    );
  });
}

export interface ParameterExample {
  /** E.g. `GET /recordings query per_page`. */
  where: string;
  name: string;
  operationId: string;
  parameter: string;
  value: unknown;
  schemaPointer: string;
  source?: ExampleSource;
}

/** Every example of every parameter (`example` and each entry of `examples`), with the parameter's schema. */
export function parameterExamples(): ParameterExample[] {
  return spec.operations.flatMap((operation) =>
    operation.parameters.flatMap((parameter) =>
      parameter.examples.map((example) => ({
        where: `${operation.method} ${operation.path} ${parameter.in} ${parameter.name}`,
        name: example.name,
        operationId: operation.operationId,
        parameter: parameter.name,
        value: example.value,
        schemaPointer: parameter.schemaPointer,
        ...(example.source ? { source: example.source } : {}),
      })),
    ),
  );
}
