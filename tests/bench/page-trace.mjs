// Chromium trace helpers for the page benchmark: the CPU time (thread time) of the tasks that hold
// newsmark's slices, so figures stay meaningful on a machine shared with other work (where wall-clock
// slices stretch while the thread waits for a core).

/** Starts a trace with task timings and user-timing measures on `page` (a Playwright page). */
export async function startTrace(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] },
  });
  return cdp;
}

/** Ends the trace; returns every trace event. */
export async function endTrace(cdp) {
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * For each `name` measure in the trace: its wall time and the CPU time of the task holding it (the task's
 * thread time, scaled to the measure's share of the task). Times in ms.
 */
export function sliceCosts(events, name) {
  const begins = new Map();
  const slices = [];
  for (const e of events) {
    if (e.name !== name || e.cat !== 'blink.user_timing') continue;
    const key = `${e.pid}:${e.id ?? e.id2?.local}`;
    if (e.ph === 'b') begins.set(key, e);
    else if (e.ph === 'e' && begins.has(key)) {
      const b = begins.get(key);
      slices.push({ pid: b.pid, tid: b.tid, ts: b.ts, end: e.ts, detail: b.args?.data?.detail ?? b.args?.detail });
      begins.delete(key);
    }
  }
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && typeof e.tdur === 'number');
  return slices.map((s) => {
    const task = tasks.find((t) => t.pid === s.pid && t.ts <= s.ts && t.ts + t.dur >= s.end);
    const wall = (s.end - s.ts) / 1000;
    const cpu = task ? (task.tdur / 1000) * Math.min(1, (s.end - s.ts) / Math.max(1, task.dur)) : NaN;
    return { wall, cpu, taskWall: task ? task.dur / 1000 : NaN, detail: s.detail };
  });
}
