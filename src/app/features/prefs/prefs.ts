// Reader display preferences: theme, text size and line width. Kept in localStorage and applied as
// data-* attributes on <html>, so CSS does the work and server-rendered markup never depends on them.

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const textSizes = ['small', 'medium', 'large', 'x-large'] as const;
export type TextSize = (typeof textSizes)[number];

export const lineWidths = ['narrow', 'medium', 'wide'] as const;
export type LineWidth = (typeof lineWidths)[number];

export interface Prefs {
  theme: Theme;
  textSize: TextSize;
  lineWidth: LineWidth;
}

export const defaultPrefs: Prefs = { theme: 'system', textSize: 'medium', lineWidth: 'medium' };

/** One localStorage key, read by the app as it starts. */
export const PREFS_KEY = 'dossier-prefs';

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Stored text → preferences; anything unreadable or unknown falls back to the default, field by field. */
export function parsePrefs(stored: string | null): Prefs {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = stored ? JSON.parse(stored) : {};
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A corrupt value is the same as none.
  }
  return {
    theme: oneOf(themes, raw.theme, defaultPrefs.theme),
    textSize: oneOf(textSizes, raw.textSize, defaultPrefs.textSize),
    lineWidth: oneOf(lineWidths, raw.lineWidth, defaultPrefs.lineWidth),
  };
}

/** The attributes to put on <html>; the system theme is the absence of data-theme. */
export function prefsAttributes(prefs: Prefs): Record<'data-theme' | 'data-text-size' | 'data-line-width', string | null> {
  return {
    'data-theme': prefs.theme === 'system' ? null : prefs.theme,
    'data-text-size': prefs.textSize === 'medium' ? null : prefs.textSize,
    'data-line-width': prefs.lineWidth === 'medium' ? null : prefs.lineWidth,
  };
}

/** One step up or down the text sizes, stopping at the ends. */
export function stepTextSize(current: TextSize, step: 1 | -1): TextSize {
  const index = textSizes.indexOf(current) + step;
  return textSizes[Math.min(textSizes.length - 1, Math.max(0, index))] as TextSize;
}

export function applyPrefs(root: HTMLElement, prefs: Prefs): void {
  for (const [name, value] of Object.entries(prefsAttributes(prefs))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

export function loadPrefs(): Prefs {
  try {
    return parsePrefs(window.localStorage.getItem(PREFS_KEY));
  } catch {
    return defaultPrefs; // storage disabled: defaults for this page
  }
}

export function savePrefs(prefs: Prefs): void {
  try {
    window.localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Storage full or disabled: the choice still applies to this page.
  }
  sharePrefsWithServiceWorker(prefs);
}

/**
 * Hands the preferences to the service worker (public/sw.js), which writes them onto <html> of every page it
 * serves: a returning reader's choices apply before the first paint with no script in the page's <head>. Waits
 * for the worker when there is none yet; without one, the app applies them as it starts.
 */
export function sharePrefsWithServiceWorker(prefs: Prefs): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const message = { type: 'prefs', attributes: prefsAttributes(prefs) };
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message)).catch(() => {});
}
