// Pure helpers for single-key shortcuts.

/** Shortcuts never fire while the reader types, or with a modifier (those belong to the browser). */
export function shouldIgnoreKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented'>, target: EventTarget | null): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  const element = target as (HTMLElement & { isContentEditable?: boolean }) | null;
  if (!element || typeof element.tagName !== 'string') return false;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || element.isContentEditable) return true;
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return false;
}

/** The index after moving one step from `current` (-1 = nowhere yet) in a list of `count`, stopping at the ends. */
export function stepIndex(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + step));
}

export interface Shortcut {
  keys: string[];
  action: string;
}

export const globalShortcuts: Shortcut[] = [
  { keys: ['/'], action: 'Search articles (on the home page)' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

export const articleShortcuts: Shortcut[] = [
  { keys: ['j'], action: 'Next quote' },
  { keys: ['k'], action: 'Previous quote' },
  { keys: ['t'], action: 'Next turn of a transcript' },
  { keys: ['Shift', 'T'], action: 'Previous turn of a transcript' },
  { keys: ['n'], action: 'Next mention of the selected name' },
  { keys: ['p'], action: 'Previous mention of the selected name' },
  { keys: ['Esc'], action: 'Clear the selected name' },
];
