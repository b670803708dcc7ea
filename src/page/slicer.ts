/** The timers newsmark may use in a page (WXT's ctx wraps them so they stop when the script is invalidated). */
export interface Timers {
  setTimeout(handler: () => void, ms?: number): number;
}

/** Cuts newsmark's work into short main-thread slices (no task over 50 ms, even on a 2 MB page). */
export interface Slicer {
  /** True once the current slice has used its budget. */
  due(): boolean;
  /** Ends the slice and continues in a later task. */
  yield(): Promise<void>;
  /** Marks the start of a slice that began in an event callback (a timer, an observer). */
  begin(): void;
  /** Marks the end of such a slice. */
  end(): void;
  /** The longest slice so far, in ms. */
  readonly longest: number;
}

/** Name of the performance measures newsmark writes when tracing (read by the page benchmark). */
export const TRACE_MEASURE = 'newsmark-slice';

type YieldingScheduler = { yield?: () => Promise<void> };

/** A slicer with a `budgetMs` budget per slice; `trace` records every slice as a performance measure. */
export function createSlicer(timers: Timers, budgetMs = 12, trace = false): Slicer {
  const perf = globalThis.performance;
  const now = () => perf.now();
  let start = now();
  let longest = 0;
  const close = () => {
    const end = now();
    longest = Math.max(longest, end - start);
    if (trace) {
      try {
        perf.measure(TRACE_MEASURE, { start, end });
      } catch {
        // measures are a debugging aid only
      }
    }
  };
  const sched = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  const pause = (): Promise<void> =>
    typeof sched?.yield === 'function'
      ? sched.yield.call(sched)
      : new Promise<void>((resolve) => void timers.setTimeout(resolve, 0));
  return {
    due: () => now() - start > budgetMs,
    async yield() {
      close();
      await pause();
      start = now();
    },
    begin() {
      start = now();
    },
    end: close,
    get longest() {
      return longest;
    },
  };
}
