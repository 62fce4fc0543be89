// Sends the request the reader built, times it, and explains a failure: nothing listening, the browser refusing
// the answer (CORS), or a page on https calling a plain-http server.
import { LOOPBACK } from "./servers.js";

export interface Answer {
  status: number;
  statusText: string;
  milliseconds: number;
  headers: [string, string][];
  contentType: string;
  text: string;
}

export type Sent = { answer: Answer } | { failure: string };

export async function sendRequest(url: string, init: RequestInit, cancel: AbortSignal): Promise<Sent> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: cancel, credentials: "omit", cache: "no-store", redirect: "follow" });
    const text = await response.text();
    return {
      answer: {
        status: response.status,
        statusText: response.statusText,
        milliseconds: Math.round(performance.now() - started),
        headers: [...response.headers],
        contentType: response.headers.get("content-type") ?? "",
        text,
      },
    };
  } catch (error) {
    if (cancel.aborted) return { failure: "Cancelled." };
    return { failure: await explainFailure(url, error) };
  }
}

async function explainFailure(url: string, error: unknown): Promise<string> {
  const target = new URL(url);
  if (location.protocol === "https:" && target.protocol === "http:" && !LOOPBACK.test(target.hostname)) {
    return `This page is on https, so the browser blocks requests to plain-http ${target.origin}. Use the cURL below instead.`;
  }
  // A request the page may not read still reaches the server in no-cors mode (without the key): if it resolves,
  // the server is there and the browser refused to show its answer.
  const reachable = await fetch(target.origin, { mode: "no-cors", credentials: "omit", cache: "no-store" }).then(
    () => true,
    () => false,
  );
  if (reachable) {
    return (
      `${target.origin} answered, but the browser refused to let this page read the answer (CORS): the server does not ` +
      "allow requests from other pages. The mock allows them; the live API may not. Run the cURL below instead."
    );
  }
  return (
    `Nothing answered at ${target.origin} (${(error as Error).message}). Is the server running? ` +
    "The toolkit's `pnpm start`, and the identitycall-mock command of @identitycall/mock, serve the mock on http://127.0.0.1:4010."
  );
}
