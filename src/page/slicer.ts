/** The timers newsmark may use in a page (WXT's ctx wraps them so they stop when the script is invalidated). */
export interface Timers {
  setTimeout(handler: () => void, ms?: number): number;
  requestAnimationFrame?(callback: FrameRequestCallback): number;
}

/**
 * Resolves after the page's next frame in a visible tab (its style and layout are then done, so newsmark's
 * first visibility checks do not force them inside its own slice); at once in a hidden tab, which has no frames.
 */
export function afterNextFrame(doc: Document, timers: Timers): Promise<void> {
  const raf = timers.requestAnimationFrame?.bind(timers);
  if (!raf || doc.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => !done && ((done = true), resolve());
    raf(() => void timers.setTimeout(finish, 0));
    // A frame that never comes (a page that blocks rendering) must not stop newsmark.
    timers.setTimeout(finish, 250);
  });
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
  /** Names the work the current slice is doing (recorded with each slice when tracing). */
  phase(name: string): void;
  /** Records `name` from `start` (a performance.now() time) to now, when tracing. */
  measure(name: string, start: number): void;
  /** The longest slice so far, in ms. */
  readonly longest: number;
}

/** Name of the performance measures of the painting work (ranges and Highlight registration), when tracing. */
export const PAINT_MEASURE = 'newsmark-paint';

/** Name of the performance measures newsmark writes when tracing (read by the page benchmark). */
export const TRACE_MEASURE = 'newsmark-slice';

type YieldingScheduler = { yield?: () => Promise<void> };

/** A slicer with a `budgetMs` budget per slice; `trace` records every slice as a performance measure. */
export function createSlicer(timers: Timers, budgetMs = 12, trace = false): Slicer {
  const perf = globalThis.performance;
  const now = () => perf.now();
  let start = now();
  let longest = 0;
  let phases: string[] = [];
  const close = () => {
    const end = now();
    longest = Math.max(longest, end - start);
    if (trace) {
      try {
        perf.measure(TRACE_MEASURE, { start, end, detail: phases.join(',') });
        phases = [];
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
    phase(name) {
      if (trace && phases[phases.length - 1] !== name) phases.push(name);
    },
    measure(name, from) {
      if (!trace) return;
      try {
        perf.measure(name, { start: from, end: now() });
      } catch {
        // measures are a debugging aid only
      }
    },
    get longest() {
      return longest;
    },
  };
}
