/** How long one request of the suite may take, answer included, unless `--request-timeout` says otherwise. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/**
 * How the pipeline CLI hands its settings to the suite it runs: environment variables, because the test runner
 * runs the suite in a process of its own. The API key travels as IDENTITYCALL_API_KEY, the variable the client reads.
 */
export const PIPELINE_ENV = {
  proxyUrl: "IDENTITYCALL_CONTRACT_PROXY_URL",
  upstreamUrl: "IDENTITYCALL_CONTRACT_BASE_URL",
  ledgerFile: "IDENTITYCALL_CONTRACT_LEDGER",
  allowWrites: "IDENTITYCALL_CONTRACT_ALLOW_WRITES",
  specPath: "IDENTITYCALL_CONTRACT_SPEC_PATH",
  requestTimeoutMs: "IDENTITYCALL_CONTRACT_REQUEST_TIMEOUT_MS",
} as const;

export interface PipelineSettings {
  proxyUrl: string;
  /** The API itself (`--base-url`): uploads go there directly, because Prism's proxy forwards a file as text. */
  upstreamUrl: string;
  /** Where each judged exchange is recorded for the CLI's reports. */
  ledgerFile: string | undefined;
  allowWrites: boolean;
  specPath: string | undefined;
  requestTimeoutMs: number;
}

export function readPipelineSettings(env: NodeJS.ProcessEnv = process.env): PipelineSettings {
  const proxyUrl = env[PIPELINE_ENV.proxyUrl];
  if (!proxyUrl) {
    throw new Error(
      `${PIPELINE_ENV.proxyUrl} is not set: run the pipeline suite through the identitycall-contract CLI, ` +
        "which starts the validating proxy and sets it",
    );
  }
  const upstreamUrl = env[PIPELINE_ENV.upstreamUrl];
  if (!upstreamUrl) throw new Error(`${PIPELINE_ENV.upstreamUrl} is not set: run the pipeline suite through the identitycall-contract CLI`);
  return {
    proxyUrl,
    upstreamUrl,
    ledgerFile: env[PIPELINE_ENV.ledgerFile] || undefined,
    allowWrites: env[PIPELINE_ENV.allowWrites] === "1",
    specPath: env[PIPELINE_ENV.specPath] || undefined,
    requestTimeoutMs: Number(env[PIPELINE_ENV.requestTimeoutMs]) || DEFAULT_REQUEST_TIMEOUT_MS,
  };
}

/** Path parameter values no real resource has: the suite asks for them to see the documented 404. */
export const UNKNOWN_IDS = { integer: 2147483647, string: "00000000-0000-7000-8000-00000000dead" } as const;

/** A well-formed key no account has: the suite sends it to see the API's own 401 (Prism refuses a missing key itself). */
export const UNKNOWN_API_KEY = "idc_00000000000000000000000000000000";
