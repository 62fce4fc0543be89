/**
 * Waits `ms` between two attempts, or rejects with the signal's reason as soon as the caller aborts.
 * (An abort event fires at most once, so the listener needs no `once`.)
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const id = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(id);
      reject(signal.reason);
    });
  });
}
