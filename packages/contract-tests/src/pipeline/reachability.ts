// Before the suite starts: does the API answer at all? A silent or unreachable API would otherwise cost every
// check its full timeout and end in a list of "failures" about responses that never came.
/** Why the API could not be reached through the proxy, or undefined when it answered (with any status). */
export async function unreachableReason(proxyUrl: string, apiKey: string, baseUrl: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(`${proxyUrl}/virtual_numbers`, {
      headers: { authorization: `Bearer ${apiKey}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    // Prism answers for an upstream it could not reach with a problem of its own, not the API's.
    if (response.status >= 500 && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|UPSTREAM|certificate/i.test(text)) {
      return `${baseUrl} could not be reached (${text.match(/(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|certificate[^"]*)/i)?.[0] ?? response.status})`;
    }
    return undefined;
  } catch (error) {
    const name = (error as Error).name;
    return name === "TimeoutError" ? `${baseUrl} did not answer within ${timeoutMs / 1000} s` : `${baseUrl} could not be reached (${(error as Error).message})`;
  }
}
