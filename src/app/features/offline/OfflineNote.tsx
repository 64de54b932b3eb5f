import { useOnline } from './useOnline.ts';

/** A visible, announced note while the reader is offline. The status region is always there so it is announced. */
export function OfflineNote() {
  const online = useOnline();
  return (
    <div role="status" className={online ? 'offline-note is-online' : 'offline-note'}>
      {online ? '' : 'You are offline. Articles you have opened before can still be read.'}
    </div>
  );
}
