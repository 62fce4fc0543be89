import { ConnectionError } from "../errors/connection-error.js";
import { TimeoutError } from "../errors/timeout-error.js";

/**
 * The time limit of one attempt, answer and body included. Costs one timer, and one AbortController only when the
 * fetch reads the signal (the runtime's fetch does; in Node 20 each AbortSignal costs microseconds), combined with
 * AbortSignal.any (tens of microseconds there) only when the caller brought a signal of its own;
 * AbortSignal.timeout would cost far more. When time is up it aborts that signal (which also ends a body that
 * stalls), or, for a fetch that never read it, rejects what `within` waits on.
 */
export class AttemptDeadline {
  timedOut = false;
  /** The `init` handed to a fetch of the user's: the signal is made only when read. */
  readonly init: RequestInit;
  private controller: AbortController | undefined;
  /** Rejects what `within` is waiting on, for a fetch that never read the signal. */
  private expire: ((reason: unknown) => void) | undefined;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(
    private readonly callerSignal: AbortSignal | undefined,
    timeoutMs: number,
  ) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      // Both: a fetch of the user's may read the signal only after it was raced, and then not honour it.
      this.controller?.abort(1);
      this.expire?.(1);
    }, timeoutMs);
    const deadline = this;
    this.init = {
      get signal() {
        return deadline.signal;
      },
    };
  }

  /** The signal that ends the attempt: aborted when time is up, or when the caller aborts. */
  get signal(): AbortSignal {
    const own = (this.controller = new AbortController()).signal;
    return this.callerSignal ? AbortSignal.any([this.callerSignal, own]) : own;
  }

  /** Whether the fetch took the signal: then its abort ends the answer and the body, and nothing needs racing. */
  get signalTaken(): boolean {
    return this.controller !== undefined;
  }

  /**
   * `pending`, ended by the deadline too, for a fetch that never read the signal: a promise of our own is rejected
   * when time is up (written by hand: Promise.race costs this loop a quarter of its speed). Racing the answer and
   * its body in one promise was no cheaper: reading the body from within the answer's callback, or from an async
   * function of its own, cost this path a third of its speed.
   */
  within<T>(pending: Promise<T>): Promise<T> {
    // Time ran out before this step was even awaited.
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
