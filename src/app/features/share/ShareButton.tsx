// The Web Share API button: shown only on devices that have navigator.share (decided in an effect, so the
// server and the first client render agree).
import { useEffect, useState } from 'react';

export function useCanShare(): boolean {
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
  return canShare;
}

export function ShareButton({ path, title, label, text = 'Share…' }: { path: string; title: string; label: string; text?: string }) {
  const canShare = useCanShare();
  if (!canShare) return null;
  const onClick = async () => {
    try {
      await navigator.share({ title, url: new URL(path, window.location.href).href });
    } catch {
      // The reader closed the share sheet, or sharing was refused: nothing to report.
    }
  };
  return (
    <button type="button" className="button button-small" aria-label={label} onClick={() => void onClick()}>
      {text}
    </button>
  );
}
