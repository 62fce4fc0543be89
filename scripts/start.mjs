#!/usr/bin/env node
// `pnpm start`: after the build, serves the mock API and the docs page on localhost until Ctrl-C.
import { createReadStream, existsSync } from "node:fs";
import { createServer } from "node:http";
import { startMockServer } from "@identitycall/mock";

const mockPort = Number(process.env.MOCK_PORT ?? 4010);
const docsPort = Number(process.env.DOCS_PORT ?? 8080);
const docsPage = new URL("../packages/docs/dist/index.html", import.meta.url);

if (!existsSync(docsPage)) {
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

const mock = await startMockServer({ port: mockPort }).catch(explainListenError("mock API", mockPort, "MOCK_PORT"));

const docs = createServer((req, res) => {
  if (req.url !== "/" && req.url !== "/index.html") {
    res.writeHead(404, { "content-type": "text/plain" }).end("Not found: the reference is at /\n");
    return;
  }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  createReadStream(docsPage).pipe(res);
});
docs.on("error", explainListenError("docs server", docsPort, "DOCS_PORT"));
docs.listen(docsPort, "127.0.0.1", () => {
  console.log(`Mock API:  ${mock.url}   (try: curl -H "Authorization: Bearer idc_test" ${mock.url}/virtual_numbers)`);
  console.log(`API docs:  http://127.0.0.1:${docsPort}/`);
  console.log("Press Ctrl-C to stop.");
});

function stop() {
  docs.close();
  mock.close().then(() => process.exit(0));
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
