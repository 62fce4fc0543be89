import type { TestProject } from "vitest/node";
import { startMockServer } from "@identitycall/mock";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One mock server for the whole suite, on a free port; stopped when the suite ends. */
export default async function setup(project: TestProject) {
  const mock = await startMockServer({ port: 0 });
  project.provide("baseUrl", mock.url);
  return () => mock.close();
}
