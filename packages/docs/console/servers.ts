// The servers a request can go to: the local mock (or the one `pnpm start` runs beside the page), production,
// or any URL the reader types.
export const LOCAL_MOCK = "http://127.0.0.1:4010";

let besideThePage: Promise<string | undefined> | undefined;

/** `pnpm start`'s docs server says where its mock is; asked once, when the console first opens, never on load. */
export function mockBesideThePage(): Promise<string | undefined> {
  return (besideThePage ??= askThePageServer());
}

async function askThePageServer(): Promise<string | undefined> {
  if (!/^https?:$/.test(location.protocol)) return undefined;
  try {
    const answer = await fetch(new URL("console.json", location.href), { cache: "no-store" });
    if (!answer.ok) return undefined;
    const { mockUrl } = (await answer.json()) as { mockUrl?: unknown };
    return typeof mockUrl === "string" && /^https?:\/\//.test(mockUrl) ? mockUrl.replace(/\/$/, "") : undefined;
  } catch {
    return undefined;
  }
}

/** Hosts of this machine: the only ones a key may reach over plain http. */
export const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * Why a request may not go to `base`, or undefined when it may: the URL must be http(s) without credentials,
 * query or fragment, and a key travels over plain http only to this machine.
 */
export function serverProblem(base: string, withKey: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return `"${base}" is not a URL: write it whole, e.g. ${LOCAL_MOCK}`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "The server URL must start with http:// or https://";
  if (url.username || url.password || url.search || url.hash) return "The server URL must not carry a user, password, query or fragment";
  if (withKey && url.protocol === "http:" && !LOOPBACK.test(url.hostname)) {
    return "An API key travels over plain http only to this machine (localhost, 127.0.0.1): use https:// for another host";
  }
  return undefined;
}
