// The address of the run's one mock API (see mock-server.global-setup.ts), for the files that send it requests.
import { inject } from "vitest";

/**
 * Resolves once the mock answers. The relay in front of it holds a request until Prism has loaded, so one
 * request is the whole wait; calling this from a hook keeps that wait out of the tests' own time limits.
 */
export async function mockUrlOnceUp(): Promise<string> {
  const url = inject("mockUrl");
  const answer = await fetch(url); // any status will do: "/" is no operation of the API
  await answer.body?.cancel();
  return url;
}

/**
 * A session of its own on the run's mock (`/__session/<name>`): the mock keeps state (a deleted recording stays
 * deleted), and samples that run side by side must not see each other's deletions.
 */
export const sessionUrl = (mockUrl: string, name: string) => `${mockUrl}/__session/${name}`;
