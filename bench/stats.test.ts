import { describe, expect, it } from 'vitest';
import { median, ratioInterval } from './stats.ts';

describe('benchmark statistics', () => {
  it('takes the median of odd and even lists, and refuses an empty one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });

  it('gives a point interval when every round is the same, and one holding the observed ratio otherwise', () => {
    expect(ratioInterval([120, 120, 120], [100, 100, 100])).toEqual({ low: 1.2, high: 1.2 });
    const app = [440, 520, 410, 480, 460, 505, 430, 470, 495, 450];
    const floor = [380, 400, 350, 420, 390, 410, 360, 370, 405, 385];
    const { low, high } = ratioInterval(app, floor);
    const observed = median(app) / median(floor);
    expect(low).toBeLessThan(observed);
    expect(high).toBeGreaterThan(observed);
    expect(high - low).toBeLessThan(0.3);
  });

  it('is reproducible: the same data, the same interval', () => {
    const app = [1, 5, 2, 8, 3];
    const floor = [2, 2, 3, 4, 1];
    expect(ratioInterval(app, floor)).toEqual(ratioInterval(app, floor));
  });

  it('narrows as rounds are added', () => {
    const noisy = (n: number, centre: number) => Array.from({ length: n }, (_, i) => centre * (0.7 + ((i * 37) % 60) / 100));
    const few = ratioInterval(noisy(8, 440), noisy(8, 380).reverse());
    const many = ratioInterval(noisy(80, 440), noisy(80, 380).reverse());
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
  });

  it('refuses lists of different lengths', () => {
    expect(() => ratioInterval([1, 2], [1])).toThrow(/same/);
  });
});
