import { createIdentityCallClient } from "@identitycall/client";
import { asLooseClient } from "../client/loose-client.js";
import { readSuiteSpec, type Parameter } from "../spec/suite-spec.js";
import { createIdDiscovery } from "./discover-ids.js";
import { readPipelineSettings } from "./settings.js";

/** What both pipeline suite files share: settings, the spec's operations, a client aimed at the proxy. */
export function createSuiteContext() {
  const settings = readPipelineSettings();
  const spec = readSuiteSpec(settings.specPath);
  const { operations } = spec;
  // The key comes from IDENTITYCALL_API_KEY, where the CLI put it; it is never passed around as a value here.
  // No retries: every exchange the API makes is judged as it happened, 429s included.
  const client = asLooseClient(createIdentityCallClient({ baseUrl: settings.proxyUrl, maxRetries: 0, timeoutMs: settings.requestTimeoutMs }));
  // Ids travel in the path as text: a value fits when its text reads as the parameter's schema.
  const fits = (parameter: Parameter, value: unknown) => spec.acceptsText(parameter.schemaPointer, String(value));
  const { discover, firstId } = createIdDiscovery(client, operations, fits);
  return { settings, spec, operations, client, fits, discoverIds: discover, firstId };
}
