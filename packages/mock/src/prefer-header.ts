/** What a `Prefer` request header asks the mock for, read the way Prism reads it. */
export interface Preferences {
  code?: number;
  example?: string;
}

/** Parses `Prefer: code=404, example=notFound` (commas or semicolons between preferences). */
export function parsePrefer(header: string | string[] | undefined): Preferences {
  const preferences: Preferences = {};
  for (const part of [header ?? []].flat().join(",").split(/[,;]/)) {
    const [rawName, ...rest] = part.split("=");
    const name = rawName?.trim().toLowerCase();
    const value = rest.join("=").trim().replace(/^"(.*)"$/, "$1");
    if (name === "code" && /^\d{3}$/.test(value)) preferences.code = Number(value);
    if (name === "example" && value !== "") preferences.example = value;
  }
  return preferences;
}
