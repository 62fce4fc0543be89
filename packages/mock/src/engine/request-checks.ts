// Whether a request fits its operation, checked against the spec through the model: path and query parameters as
// text, a JSON body against its schema. A request that does not fit is refused with 422 the way Prism refuses it,
// so the server and the MSW handlers answer a broken request alike.
import type { Operation, SpecModel } from "@identitycall/openapi/model";
import { problemAnswer, type MockAnswer } from "./mock-answer.js";

interface Problem {
  location: string[];
  message: string;
}

/** The request's body as the operation's JSON schema sees it: `undefined` when none was sent. */
export interface RequestInput {
  url: URL;
  pathParams: Record<string, string>;
  jsonBody?: unknown;
  /** The body's text when it is not JSON (then a JSON operation refuses it). */
  unreadableBody?: string;
}

function parameterProblems(spec: SpecModel, operation: Operation, input: RequestInput): Problem[] {
  const problems: Problem[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    const text = parameter.in === "path" ? input.pathParams[parameter.name] : (input.url.searchParams.get(parameter.name) ?? undefined);
    if (text === undefined) {
      if (parameter.required) problems.push({ location: [parameter.in], message: `must have required property '${parameter.name}'` });
    } else if (!spec.acceptsText(parameter.schemaPointer, text)) {
      problems.push({ location: [parameter.in, parameter.name], message: `${JSON.stringify(text)} does not fit the parameter's schema` });
    }
  }
  return problems;
}

function bodyProblems(spec: SpecModel, operation: Operation, input: RequestInput): Problem[] {
  const json = operation.requestBody?.content.find((m) => m.mediaType === "application/json");
  if (!json) return [];
  if (input.unreadableBody !== undefined) return [{ location: ["body"], message: "is not valid JSON" }];
  if (input.jsonBody === undefined) return operation.requestBody?.required ? [{ location: ["body"], message: "is required" }] : [];
  return spec.validate(json.schemaPointer, input.jsonBody).map((p) => ({ location: ["body", ...p.path.split("/").slice(1)], message: p.message }));
}

/** 422 with every problem of the request, or undefined when it fits the spec. */
export function refuseInvalidRequest(spec: SpecModel, operation: Operation, input: RequestInput): MockAnswer | undefined {
  const problems = [...parameterProblems(spec, operation, input), ...bodyProblems(spec, operation, input)];
  if (problems.length === 0) return undefined;
  return problemAnswer(
    422,
    "Invalid request",
    `The request does not fit ${operation.operationId}: ${problems.map((p) => `${p.location.join(".")} ${p.message}`).join("; ")}`,
    "UNPROCESSABLE_ENTITY",
    { validation: problems.map((p) => ({ location: p.location, severity: "Error", message: p.message })) },
  );
}
