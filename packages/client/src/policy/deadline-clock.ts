/** What the clock keeps while its attempt runs: when it is due, what to do then, and its neighbours in the clock's list. */
export interface Deadline {
  /** When time is up, in `performance.now()` milliseconds. */
  readonly at: number;
  expire(): void;
  previous?: Deadline | undefined;
  next?: Deadline | undefined;
}

type Timer = ReturnType<typeof setTimeout> & { unref?: () => unknown };

/**
 * One timer for all the attempts of one client, armed for the earliest of their deadlines. An attempt only links
 * itself into a list: a timer of each attempt's own cost the stubbed benchmark about a twentieth of its calls per
 * second (a Timeout to allocate, a timer list to update twice), and a Set in place of the list made V8 move about
 * 400 bytes more per call into the old generation. Where a timer can be unref'd (Node, Bun) it is, like the timer
 * of `AbortSignal.timeout`: what keeps a process alive is the request in flight, not its time limit, and the timer
 * may stay armed while the client is idle. Elsewhere (browsers, Deno, workers) it is cleared as soon as the last
 * attempt ends. When the timer fires, every deadline that is due leaves the list and expires, and the timer is
 * armed again for the earliest one left.
 */
export class DeadlineClock {
  /** The running deadlines, newest first; the sentinel's `next` is the first. */
  private readonly list: Deadline = { at: Infinity, expire() {} };
  private timer: Timer | undefined;
  /** When the armed timer fires; Infinity when none is armed. */
  private firesAt = Infinity;

  start(deadline: Deadline): void {
    const { list } = this;
    deadline.previous = list;
    deadline.next = list.next;
    if (list.next) list.next.previous = deadline;
    list.next = deadline;
    if (deadline.at < this.firesAt) this.arm(deadline.at);
  }

  /** Takes a deadline off the list (again is harmless); a clock with none left and no unref'able timer clears it. */
  stop(deadline: Deadline): void {
    const { previous, next } = deadline;
    if (!previous) return;
    previous.next = next;
    if (next) next.previous = previous;
    deadline.previous = deadline.next = undefined;
    if (!this.list.next && !this.timer?.unref) this.arm(Infinity);
  }

  /** Arms the timer for `at`, or clears it (Infinity). */
  private arm(at: number): void {
    clearTimeout(this.timer);
    this.firesAt = at;
    this.timer = undefined;
    if (at < Infinity) {
      this.timer = setTimeout(this.tick, Math.max(0, Math.ceil(at - performance.now()))) as Timer;
      this.timer.unref?.();
    }
  }

  /**
   * Expires every deadline the timer was armed for or that is due, after taking them all off the list and arming
   * the timer for the earliest one left: an expiry may start another attempt at once (an abort listener sending a
   * fallback request), and that one must find the clock as it will stay. The timer's firing counts as the time it
   * was armed for even if `performance.now()` says a little less (timers count from the event loop's cached time,
   * and fake timers in tests may leave `performance` alone).
   */
  private readonly tick = (): void => {
    const now = Math.max(performance.now(), this.firesAt);
    this.firesAt = Infinity;
    const due: Deadline[] = [];
    let earliest = Infinity;
    for (let deadline = this.list.next; deadline; deadline = deadline.next) {
      if (deadline.at <= now) due.push(deadline);
      else earliest = Math.min(earliest, deadline.at);
    }
    for (const deadline of due) this.stop(deadline);
    this.arm(earliest);
    for (const deadline of due) deadline.expire();
  };
}
