import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies with the async clipboard API, falling back to a hidden selection where that is refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** A "Copy link" button for a site path, copying the full URL, with a visible, announced confirmation. */
export function CopyLinkButton({ path, label, text = 'Copy link' }: { path: string; label: string; text?: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const url = typeof window === 'undefined' ? path : new URL(path, window.location.href).href;
  const onClick = async () => {
    const copied = await copyText(url);
    setState(copied ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 3000);
  };

  return (
    <span className="copy-link">
      <button type="button" className="button button-small" onClick={() => void onClick()} aria-label={label}>
        {text}
      </button>
      <span className={`copy-status copy-${state}`} role="status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? `Copy failed: ${url}` : ''}
      </span>
    </span>
  );
}
