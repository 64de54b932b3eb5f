import { describe, expect, it } from 'vitest';
import { shouldIgnoreKey, stepIndex } from './keys.ts';

const plain = { key: 'j', ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false };
const element = (tagName: string, attributes: Record<string, string> = {}, isContentEditable = false) => ({
  tagName,
  isContentEditable,
  getAttribute: (name: string) => attributes[name] ?? null,
});

describe('shouldIgnoreKey', () => {
  it('lets keys through on ordinary elements and buttons', () => {
    expect(shouldIgnoreKey(plain, element('BODY') as unknown as EventTarget)).toBe(false);
    expect(shouldIgnoreKey(plain, element('INPUT', { type: 'radio' }) as unknown as EventTarget)).toBe(false);
    expect(shouldIgnoreKey(plain, null)).toBe(false);
  });

  it('ignores keys while typing or with modifiers', () => {
    expect(shouldIgnoreKey(plain, element('INPUT', { type: 'search' }) as unknown as EventTarget)).toBe(true);
    expect(shouldIgnoreKey(plain, element('INPUT') as unknown as EventTarget)).toBe(true);
    expect(shouldIgnoreKey(plain, element('TEXTAREA') as unknown as EventTarget)).toBe(true);
    expect(shouldIgnoreKey(plain, element('DIV', {}, true) as unknown as EventTarget)).toBe(true);
    expect(shouldIgnoreKey({ ...plain, ctrlKey: true }, null)).toBe(true);
    expect(shouldIgnoreKey({ ...plain, defaultPrevented: true }, null)).toBe(true);
  });
});

describe('stepIndex', () => {
  it('starts at the first or last item, then moves and stops at the ends', () => {
    expect(stepIndex(-1, 3, 1)).toBe(0);
    expect(stepIndex(-1, 3, -1)).toBe(2);
    expect(stepIndex(0, 3, 1)).toBe(1);
    expect(stepIndex(2, 3, 1)).toBe(2);
    expect(stepIndex(0, 3, -1)).toBe(0);
    expect(stepIndex(-1, 0, 1)).toBe(-1);
  });
});
