import { createIdentityCallClient } from "@identitycall/client";
import { asLooseClient } from "../client/loose-client.js";
import { readSuiteSpec, type Parameter } from "../spec/suite-spec.js";
import { createIdDiscovery } from "./discover-ids.js";
import { readPipelineSettings } from "./settings.js";
import { createContractJudge } from "./verdict.js";

/** What the reads and the writes share: settings, the spec's operations, clients aimed at the proxy and the API, the judge. */
function createSuiteContext() {
  const settings = readPipelineSettings();
  const spec = readSuiteSpec(settings.specPath);
  const { operations } = spec;
  // The key comes from IDENTITYCALL_API_KEY, where the CLI put it; it is never passed around as a value here.
  // No retries: every exchange the API makes is judged as it happened, 429s included.
  const clientOptions = { maxRetries: 0, timeoutMs: settings.requestTimeoutMs };
  const client = asLooseClient(createIdentityCallClient({ baseUrl: settings.proxyUrl, ...clientOptions }));
  // Uploads skip the proxy: Prism forwards a multipart body as text, which would mangle real audio. Their answers
  // are judged by the same judge, so nothing goes unchecked.
  const directClient = asLooseClient(createIdentityCallClient({ baseUrl: settings.upstreamUrl, ...clientOptions }));
  // Ids travel in the path as text: a value fits when its text reads as the parameter's schema.
  const fits = (parameter: Parameter, value: unknown) => spec.acceptsText(parameter.schemaPointer, String(value));
  const { discover, firstId } = createIdDiscovery(client, operations, fits);
  const assertContract = createContractJudge(spec, settings.ledgerFile);
  // Each check may take one request's time and ten seconds more, so that a silent API ends it with the client's
  // own TimeoutError (which names the cause), not the runner's.
  const testOptions = { timeout: settings.requestTimeoutMs + 10_000 };
  return { settings, spec, operations, client, directClient, assertContract, fits, discoverIds: discover, firstId, testOptions };
}

let shared: ReturnType<typeof createSuiteContext> | undefined;

/** The one context of this run's process, made on first use: the reads and the writes run in the same process. */
export function suiteContext(): ReturnType<typeof createSuiteContext> {
  return (shared ??= createSuiteContext());
}
