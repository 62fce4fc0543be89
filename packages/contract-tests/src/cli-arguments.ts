// The command line of identitycall-contract, checked before anything starts: a bad argument is exit status 2
// with a message that says what to do, and nothing is sent anywhere.
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface CliSettings {
  baseUrl: string;
  apiKey: string;
  allowWrites: boolean;
  junitFile?: string;
  requestTimeoutMs?: number;
}

export type CliArguments = { settings: CliSettings } | { problem: string };

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** Where the key may go: https anywhere, plain http only to this machine. Credentials, query and fragment are refused. */
function baseUrlProblem(baseUrl: string): string | undefined {
  if (!URL.canParse(baseUrl) || !/^https?:\/\/[^/]/.test(baseUrl)) return `--base-url must be an absolute http(s) URL, got "${baseUrl}"`;
  const url = new URL(baseUrl);
  if (url.username || url.password) return "--base-url must not hold a user name or password: the key goes in --api-key or IDENTITYCALL_API_KEY";
  if (url.search || url.hash) return `--base-url must not have a query or a fragment: paths are appended to it`;
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname)) {
    return `--base-url ${url.origin} uses plain http: the API key would cross the network unencrypted. Use https (plain http is allowed only to localhost, 127.x.x.x or [::1])`;
  }
  return undefined;
}

function junitProblem(file: string): string | undefined {
  if (existsSync(file) && statSync(file).isDirectory()) return `--junit ${file} is a folder: name the report file, e.g. ${file.replace(/\/$/, "")}/contract.xml`;
  if (!existsSync(dirname(file))) return `--junit ${file}: its folder ${dirname(file)} does not exist; create it first`;
  return undefined;
}

/** Checks parsed options and the environment; returns the run's settings or the first problem. */
export function checkCliArguments(
  values: {
    "base-url"?: string | undefined;
    "api-key"?: string | undefined;
    "allow-writes"?: boolean | undefined;
    junit?: string | undefined;
    "request-timeout"?: string | undefined;
  },
  env: NodeJS.ProcessEnv,
): CliArguments {
  const baseUrl = values["base-url"];
  if (!baseUrl) return { problem: "--base-url is required: the API to check, e.g. https://api.identitycall.ai/api/v1/public" };
  const urlProblem = baseUrlProblem(baseUrl);
  if (urlProblem) return { problem: urlProblem };
  const apiKey = values["api-key"] ?? env["IDENTITYCALL_API_KEY"];
  if (!apiKey) {
    return {
      problem:
        "no API key: pass --api-key or set IDENTITYCALL_API_KEY (keys start with idc_; make one in the dashboard under Settings → API Keys)",
    };
  }
  // Never quoted: the message would put the key in the CI log.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) return { problem: "the API key has whitespace, control or non-ASCII characters (a trailing newline?): trim it" };
  const junitFile = values.junit === undefined ? undefined : resolve(values.junit);
  const reportProblem = junitFile === undefined ? undefined : junitProblem(junitFile);
  if (reportProblem) return { problem: reportProblem };
  const timeoutText = values["request-timeout"];
  const seconds = Number(timeoutText);
  if (timeoutText !== undefined && !(/^\d+(\.\d+)?$/.test(timeoutText) && seconds >= 1 && seconds <= 600)) {
    return { problem: `--request-timeout must be a number of seconds from 1 to 600, got "${timeoutText}"` };
  }
  return {
    settings: {
      baseUrl,
      apiKey,
      allowWrites: values["allow-writes"] ?? false,
      ...(junitFile ? { junitFile } : {}),
      ...(timeoutText !== undefined ? { requestTimeoutMs: Math.round(seconds * 1000) } : {}),
    },
  };
}
