import { createIdentityCallClient } from "@identitycall/client";
import { asLooseClient } from "../client/loose-client.js";
import { readBundledSpec } from "../spec/openapi-document.js";
import { listOperations } from "../spec/operations.js";
import { createParameterCheck } from "../spec/schema-check.js";
import { createIdDiscovery } from "./discover-ids.js";
import { readPipelineSettings } from "./settings.js";

/** What both pipeline suite files share: settings, the spec's operations, a client aimed at the proxy. */
export function createSuiteContext() {
  const settings = readPipelineSettings();
  const document = readBundledSpec(settings.specPath);
  const operations = listOperations(document);
  // The key comes from IDENTITYCALL_API_KEY, where the CLI put it; it is never passed around as a value here.
  // No retries: every exchange the API makes is judged as it happened, 429s included.
  const client = asLooseClient(createIdentityCallClient({ baseUrl: settings.proxyUrl, maxRetries: 0, timeoutMs: settings.requestTimeoutMs }));
  const fits = createParameterCheck(document);
  const { discover, firstId } = createIdDiscovery(client, operations, fits);
  return { settings, document, operations, client, fits, discoverIds: discover, firstId };
}
