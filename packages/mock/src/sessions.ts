// Named sessions on one HTTP mock: `/__session/<name>/…` is the API with a state of its own, so tests that share a
// server (files run side by side, samples run at once) never see each other's uploads and deletions. Any client
// takes it as part of its base URL: `http://127.0.0.1:4010/__session/my-test`.
import type { OpenApiDocument, SpecModel } from "@identitycall/openapi/model";
import { createMockEngine, type MockEngine, type MockEngineOptions } from "./engine/mock-engine.js";

const PREFIX = /^\/__session\/([^/]*)(\/.*)?$/;
const NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** More named sessions than a test run could want: past it, a new name is refused rather than memory growing. */
export const MAX_SESSIONS = 1000;

export type SessionRoute = { engine: MockEngine; pathname: string; pathAndQuery: string } | { problem: string };

export function createSessions(document: OpenApiDocument, spec: SpecModel, options: MockEngineOptions) {
  const make = () => createMockEngine(document, options, spec);
  const main = make();
  let named = new Map<string, MockEngine>();

  return {
    main,
    /** The session a request path names, and the path without the prefix; the main session when there is none. */
    route(pathname: string, pathAndQuery: string): SessionRoute {
      const match = PREFIX.exec(pathname);
      if (!match) return { engine: main, pathname, pathAndQuery };
      // A name is never percent-encoded: what NAME allows needs no escaping, and "%zz" must not throw.
      const name = match[1] ?? "";
      if (!NAME.test(name)) {
        return { problem: `a session name is 1 to 64 letters, digits, ".", "_" or "-", got ${JSON.stringify(name)}: use e.g. /__session/my-test/recordings` };
      }
      let engine = named.get(name);
      if (!engine) {
        if (named.size >= MAX_SESSIONS) {
          return { problem: `this mock already holds ${MAX_SESSIONS} named sessions; POST /__mock/reset forgets them all` };
        }
        engine = make();
        named.set(name, engine);
      }
      const rest = match[2] ?? "/";
      return { engine, pathname: rest, pathAndQuery: `${rest}${pathAndQuery.slice(pathname.length)}` };
    },
    /** The main session back to its start, and every named session forgotten. */
    resetAll(): void {
      main.reset();
      named = new Map();
    },
  };
}
