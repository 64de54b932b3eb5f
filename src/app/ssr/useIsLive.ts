// Whether the page is live: false in the server render and while hydrating it, true right after hydration and
// in every render that is not a hydration. Controls that only work with the app's code (a mention that
// highlights its entity) are rendered as controls only when live: the prerendered page stays lean and,
// without JavaScript, offers no buttons that do nothing. React re-renders with the live value after
// hydration, with no mismatch.
import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

export function useIsLive(): boolean {
  return useSyncExternalStore(neverChanges, () => true, () => false);
}
