import { describe, expect, it } from 'vitest';
import { defaultPrefs, parsePrefs, prefsAttributes, stepTextSize } from './prefs.ts';

describe('reader preferences', () => {
  it('reads stored preferences and falls back field by field', () => {
    expect(parsePrefs('{"theme":"dark","textSize":"large","lineWidth":"wide"}')).toEqual({
      theme: 'dark',
      textSize: 'large',
      lineWidth: 'wide',
    });
    expect(parsePrefs('{"theme":"purple","textSize":"large"}')).toEqual({ ...defaultPrefs, textSize: 'large' });
    expect(parsePrefs('not json')).toEqual(defaultPrefs);
    expect(parsePrefs(null)).toEqual(defaultPrefs);
    expect(parsePrefs('[1,2]')).toEqual(defaultPrefs);
  });

  it('leaves attributes off for the defaults, so the system theme is the CSS media query', () => {
    expect(prefsAttributes(defaultPrefs)).toEqual({ 'data-theme': null, 'data-text-size': null, 'data-line-width': null });
    expect(prefsAttributes({ theme: 'light', textSize: 'small', lineWidth: 'narrow' })).toEqual({
      'data-theme': 'light',
      'data-text-size': 'small',
      'data-line-width': 'narrow',
    });
  });

  it('steps text size and stops at the ends', () => {
    expect(stepTextSize('medium', 1)).toBe('large');
    expect(stepTextSize('x-large', 1)).toBe('x-large');
    expect(stepTextSize('small', -1)).toBe('small');
  });
});
