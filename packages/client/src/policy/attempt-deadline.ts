import { ConnectionError } from "../errors/connection-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import type { Deadline, DeadlineClock } from "./deadline-clock.js";

/**
 * The time limit of one attempt, answer and body included. Kept by the client's `DeadlineClock` (one timer for all
 * attempts), and costs one AbortController only when the fetch reads the signal (the runtime's fetch does; in
 * Node 20 each AbortSignal costs microseconds), combined with AbortSignal.any (tens of microseconds there) only
 * when the caller brought a signal of its own; AbortSignal.timeout would cost far more. When time is up it aborts
 * that signal (which also ends a body that stalls), or, for a fetch that never read it, rejects what `within`
 * waits on.
 */
export class AttemptDeadline implements Deadline {
  timedOut = false;
  readonly at: number;
  previous: Deadline | undefined = undefined;
  next: Deadline | undefined = undefined;
  private controller: AbortController | undefined;
  private taken: AbortSignal | undefined;
  /** Rejects what `within` is waiting on, for a fetch that never read the signal. */
  private expireRace: ((reason: unknown) => void) | undefined;

  constructor(
    private readonly clock: DeadlineClock,
    private readonly callerSignal: AbortSignal | undefined,
    timeoutMs: number,
  ) {
    this.at = performance.now() + timeoutMs;
    clock.start(this);
  }

  /**
   * The `init` handed to a fetch of the user's, made when asked for, once per attempt (the runtime's fetch gets the
   * signal in openapi-fetch's own init); its signal is made only when read.
   */
  get init(): RequestInit {
    return new DeadlineInit(this);
  }

  /** Time is up. Both ends: a fetch of the user's may read the signal only after it was raced, and then not honour it. */
  expire(): void {
    this.timedOut = true;
    this.controller?.abort(1);
    this.expireRace?.(1);
  }

  /**
   * The signal that ends the attempt: aborted when time is up, or when the caller aborts. Made on the first read;
   * every later read gets the same one (a fetch may read it, then spread init into one of its own).
   */
  get signal(): AbortSignal {
    if (this.taken) return this.taken;
    const own = (this.controller = new AbortController()).signal;
    return (this.taken = this.callerSignal ? AbortSignal.any([this.callerSignal, own]) : own);
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
      this.expireRace = reject;
      pending.then(resolve, reject);
    });
  }

  /**
   * Called once the attempt is over, before anything is returned or thrown: the clock takes it off its list, so a
   * finished attempt is neither expired later nor kept in memory. The race's reject function is dropped too: kept, it had V8 move each attempt's promise
   * chain to the old generation (about 700 bytes a call with a stubbed fetch, most of what the race cost).
   */
  clear(): void {
    this.clock.stop(this);
    this.expireRace = undefined;
  }
}

/**
 * The `init` handed to a fetch of the user's beside the Request. Its `signal` is an own, enumerable getter, so that
 * a fetch that spreads init into one of its own still passes the signal on, and the signal is made only when read.
 * Defined with one shared descriptor: in V8 an object literal with a getter costs about 1.5 µs to create (a closure
 * and an accessor pair each time), this about 0.1 µs.
 */
class DeadlineInit {
  declare readonly signal: AbortSignal;
  readonly #deadline: AttemptDeadline;

  constructor(deadline: AttemptDeadline) {
    this.#deadline = deadline;
    Object.defineProperty(this, "signal", SIGNAL_OF_DEADLINE);
  }

  static signalOf(init: DeadlineInit): AbortSignal {
    return init.#deadline.signal;
  }
}

const SIGNAL_OF_DEADLINE: PropertyDescriptor = {
  get(this: DeadlineInit) {
    return DeadlineInit.signalOf(this);
  },
  enumerable: true,
  configurable: true,
};

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
