/** What the `observe` hook receives. Headers are a plain object with `authorization` redacted. */
export type RequestEvent =
  | { type: "request"; method: string; url: string; attempt: number; headers: Record<string, string> }
  | { type: "response"; method: string; url: string; attempt: number; status: number; headers: Record<string, string> }
  | { type: "retry"; method: string; url: string; attempt: number; delayMs: number; reason: string }
  | { type: "error"; method: string; url: string; attempt: number; error: Error };

/** Calls the hook without letting a failing hook break the request. */
export function emit(observe: ((event: RequestEvent) => void) | undefined, event: RequestEvent): void {
  try {
    observe?.(event);
  } catch {
    // A logging hook must never change what the request does.
  }
}
