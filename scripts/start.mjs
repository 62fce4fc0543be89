#!/usr/bin/env node
// `pnpm start`: after the build, serves the mock API and the docs page on localhost until Ctrl-C.
import { existsSync } from "node:fs";
import { DOCS_PAGE, startDocsServer } from "@identitycall/docs/server";

/** A port from the environment: a whole number from 0 to 65535, or a clear message and exit status 2. */
function portFrom(variable, fallback) {
  const text = process.env[variable] ?? String(fallback);
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) {
    console.error(`${variable} must be a port number from 0 to 65535 (0 picks a free one), got "${text}".`);
    process.exit(2);
  }
  return port;
}

const mockPort = portFrom("MOCK_PORT", 4010);
const docsPort = portFrom("DOCS_PORT", 8080);

if (!existsSync(DOCS_PAGE)) {
  console.error("The docs page is missing: run `pnpm build` first (pnpm start does it for you).");
  process.exit(1);
}

function explainListenError(what, port, envVar) {
  return (error) => {
    const hint = error.code === "EADDRINUSE" ? ` Port ${port} is taken: set ${envVar} to another port.` : "";
    console.error(`Could not start the ${what}: ${error.message}.${hint}`);
    process.exit(1);
  };
}

// Loaded only once the settings are known to be good (Prism itself loads when the server starts).
const { startMockServer } = await import("@identitycall/mock");
const mock = await startMockServer({ port: mockPort }).catch(explainListenError("mock API", mockPort, "MOCK_PORT"));
const docs = await startDocsServer({ page: DOCS_PAGE, port: docsPort, mockUrl: mock.url }).catch(explainListenError("docs server", docsPort, "DOCS_PORT"));
console.log(`Mock API:  ${mock.url}   (try: curl -H "Authorization: Bearer idc_test" ${mock.url}/virtual_numbers)`);
console.log(`API docs:  ${docs.url}`);
console.log("Press Ctrl-C to stop.");

function stop() {
  Promise.all([docs.close(), mock.close()]).then(() => process.exit(0));
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
