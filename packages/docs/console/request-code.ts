// The request the reader built, as the committed samples write it: cURL and TypeScript with @identitycall/client.
// Built from the code-samples package's own plan, with the reader's values put in.
import type { Operation, SpecModel } from "@identitycall/openapi/model";
import { planRequest, renderCurl, renderTypeScript } from "@identitycall/code-samples/render";

export interface RequestValues {
  path: Record<string, string>;
  query: Record<string, string>;
  json?: unknown;
  form?: Record<string, string | File>;
}

export function requestAsCode(spec: SpecModel, operation: Operation, values: RequestValues, baseUrl: string, productionUrl: string) {
  // The plan is the code-samples package's own shape (plain JavaScript): the reader's values replace its examples.
  const plan = planRequest(spec, operation) as Record<string, any>;
  plan.pathParams = Object.entries(values.path).map(([name, value]) => ({ name, value }));
  plan.query = Object.entries(values.query).map(([name, value]) => ({ name, value }));
  if (plan.body?.kind === "json") plan.body = { ...plan.body, value: values.json };
  if (plan.body?.kind === "multipart") {
    const planned = plan.body.fields as { name: string; file?: string; contentType?: string }[];
    plan.body = {
      kind: "multipart",
      fields: Object.entries(values.form ?? {}).map(([name, value]) => {
        if (typeof value === "string") return { name, value };
        const fallback = planned.find((field) => field.name === name);
        return { name, file: value.name || fallback?.file, contentType: value.type || fallback?.contentType };
      }),
    };
  }
  return {
    curl: renderCurl(plan, { baseUrl }),
    typescript: renderTypeScript(plan, baseUrl === productionUrl ? {} : { baseUrl }),
  };
}
