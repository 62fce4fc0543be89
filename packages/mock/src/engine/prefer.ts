/** What a request asks for in `Prefer`, read the way Prism reads it: a status, a named example, how long a 429 asks to wait. */
export interface Preferences {
  code?: number;
  example?: string;
  retryAfter?: number;
  /** `dynamic=true`: generated data, which only Prism makes. */
  dynamic?: boolean;
}

/** Parses `Prefer: code=429, example=rateLimited, retry-after=2` (commas or semicolons between preferences). */
export function parsePrefer(header: string | string[] | null | undefined): Preferences {
  const preferences: Preferences = {};
  for (const part of [header ?? []].flat().join(",").split(/[,;]/)) {
    const [rawName, ...rest] = part.split("=");
    const name = rawName?.trim().toLowerCase();
    const value = rest.join("=").trim().replace(/^"(.*)"$/, "$1");
    if (name === "code" && /^\d{3}$/.test(value)) preferences.code = Number(value);
    if (name === "example" && value !== "") preferences.example = value;
    if (name === "retry-after" && /^\d{1,6}$/.test(value)) preferences.retryAfter = Number(value);
    if (name === "dynamic" && value === "true") preferences.dynamic = true;
  }
  return preferences;
}
