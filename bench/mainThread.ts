// The page's main-thread work before its first contentful paint, from a Chromium trace: time spent parsing HTML,
// resolving styles, laying out and painting, as the renderer records them. Used by `npm run bench:web -- --trace`
// to show where the app's first frame costs more than the floor's.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
}

export interface MainThreadWork {
  parse: number;
  style: number;
  layout: number;
  paint: number;
}

const KINDS: Record<string, keyof MainThreadWork> = {
  ParseHTML: 'parse',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
};

/**
 * Milliseconds of each kind of work on the thread that recorded the first contentful paint, from the start of the
 * navigation to the page (the blank document before it does not count) until that paint; null without a paint.
 */
export function workBeforeFirstPaint(events: readonly TraceEvent[]): MainThreadWork | null {
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) return null;
  const starts = events.filter((event) => event.name === 'navigationStart' && event.ts <= paint.ts && /^https?:/.test(event.args?.data?.documentLoaderURL ?? ''));
  const from = starts.length > 0 ? Math.max(...starts.map((event) => event.ts)) : -Infinity;
  const work: MainThreadWork = { parse: 0, style: 0, layout: 0, paint: 0 };
  for (const event of events) {
    const kind = KINDS[event.name];
    if (!kind || event.ph !== 'X' || event.pid !== paint.pid || event.tid !== paint.tid) continue;
    if (event.ts < from || event.ts >= paint.ts) continue;
    work[kind] += (event.dur ?? 0) / 1000;
  }
  return work;
}
