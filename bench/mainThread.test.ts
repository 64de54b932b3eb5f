import { describe, expect, it } from 'vitest';
import { workBeforeFirstPaint, type TraceEvent } from './mainThread.ts';

const main = { pid: 1, tid: 7 };
const slice = (name: string, ts: number, dur: number, where = main): TraceEvent => ({ name, ph: 'X', ts, dur, ...where });

describe('main-thread work before the first contentful paint', () => {
  it('sums each kind of work on the painting thread between the navigation and the paint', () => {
    const events: TraceEvent[] = [
      slice('ParseHTML', 100, 5_000), // the blank document, before the navigation
      { name: 'navigationStart', ph: 'R', ts: 1_000, ...main, args: { data: { documentLoaderURL: 'http://127.0.0.1/articles/a' } } },
      slice('ParseHTML', 2_000, 12_000),
      slice('UpdateLayoutTree', 15_000, 4_000),
      slice('Layout', 20_000, 30_000),
      slice('PrePaint', 51_000, 2_000),
      slice('Paint', 53_000, 3_000),
      slice('Layout', 40_000, 9_000, { pid: 2, tid: 7 }), // another process
      { name: 'firstContentfulPaint', ph: 'R', ts: 60_000, ...main },
      slice('Layout', 70_000, 8_000), // after the paint
    ];
    expect(workBeforeFirstPaint(events)).toEqual({ parse: 12, style: 4, layout: 30, paint: 5 });
  });

  it('says so when the page never painted', () => {
    expect(workBeforeFirstPaint([slice('ParseHTML', 0, 1_000)])).toBeNull();
  });
});
