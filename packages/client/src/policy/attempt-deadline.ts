import { ConnectionError } from "../errors/connection-error.js";
import { TimeoutError } from "../errors/timeout-error.js";

/**
 * The time limit of one attempt, answer and body included. Costs one timer, and one AbortController plus
 * AbortSignal.any only when the fetch reads `init.signal` (the global fetch does; in Node 20 each AbortSignal
 * costs microseconds); AbortSignal.timeout would cost far more. When time is up it aborts the fetch's signal
 * (which also ends a body that stalls), or, for a fetch that never read the signal, rejects `expired`, which the
 * attempt races against.
 */
export class AttemptDeadline {
  timedOut = false;
  /** The `init` handed to fetch: the signal is made only when read. */
  readonly init: RequestInit;
  private controller: AbortController | undefined;
  /** Rejects what `within` is waiting on, for a fetch that never read the signal. */
  private expire: ((reason: unknown) => void) | undefined;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(signal: AbortSignal, timeoutMs: number) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      if (this.controller) this.controller.abort(1);
      else this.expire?.(1);
    }, timeoutMs);
    const deadline = this;
    this.init = {
      get signal() {
        return AbortSignal.any([signal, (deadline.controller = new AbortController()).signal]);
      },
    };
  }

  /**
   * `pending`, ended by the deadline too. A fetch that read the signal is ended by its abort, so it is awaited as
   * it is; otherwise a promise of our own is rejected when time is up (written by hand: Promise.race costs this
   * loop a quarter of its speed).
   */
  within<T>(pending: Promise<T>): Promise<T> {
    if (this.controller) return pending;
    // Time ran out between two steps of the attempt (after the answer, before its body was asked for).
    if (this.timedOut) return Promise.reject(1);
    return new Promise<T>((resolve, reject) => {
      this.expire = reject;
      pending.then(resolve, reject);
    });
  }

  /** Called once the attempt is over, before anything is returned or thrown: an armed timer keeps a process alive. */
  clear(): void {
    clearTimeout(this.timer);
  }
}

/** Why an attempt got no answer, as the typed error the caller sees: its time ran out, or the server was not reached. */
export function attemptFailure(cause: unknown, url: string, timeoutMs: number, timedOut: boolean): TimeoutError | ConnectionError {
  const host = new URL(url).host;
  if (timedOut) return new TimeoutError(`No response from ${host} within ${timeoutMs} ms: raise timeoutMs`);
  const code = (cause as { cause?: { code?: string } }).cause?.code ?? "";
  return new ConnectionError(`Could not reach ${host}: ${(cause as Error).message} ${code}`, { cause });
}

/** One attempt, as it ended: an answer with its body read and parsed, or the reason no answer came. */
export type AttemptOutcome =
  | { response: Response; text: string; data: unknown; failure?: undefined }
  | { failure: TimeoutError | ConnectionError; response?: undefined };
