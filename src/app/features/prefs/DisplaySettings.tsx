// The "Display" menu in the header: theme (system, light, dark), text size and line width.
// Renders the defaults on the server and on the first client render (no hydration mismatch), then
// picks up the saved choice in an effect.
import { useEffect, useId, useRef, useState } from 'react';
import {
  applyPrefs,
  defaultPrefs,
  lineWidths,
  loadPrefs,
  savePrefs,
  textSizes,
  themes,
  type LineWidth,
  type Prefs,
  type TextSize,
  type Theme,
} from './prefs.ts';

const themeLabel: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const sizeLabel: Record<TextSize, string> = { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Largest' };
const widthLabel: Record<LineWidth, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };

function Choice<T extends string>({ legend, name, options, labels, value, onChange }: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="settings-group">
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option} className="segment">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function DisplaySettings() {
  const [prefs, setPrefs] = useState<Prefs>(defaultPrefs);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const [systemDark, setSystemDark] = useState(false);

  // The saved choice, which the app applied to <html> as it started (main.tsx).
  useEffect(() => setPrefs(loadPrefs()), []);
  // The system theme is read in an effect and followed live, so the toggle shows what is on screen.
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setSystemDark(query.matches);
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  const dark = prefs.theme === 'dark' || (prefs.theme === 'system' && systemDark);

  // Close on Escape (focus back to the button) or a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const update = (change: Partial<Prefs>) => {
    const next = { ...prefs, ...change };
    setPrefs(next);
    applyPrefs(document.documentElement, next);
    savePrefs(next);
  };

  return (
    <div className="display-settings" ref={wrapper}>
      <button type="button" className="header-button" aria-pressed={dark} onClick={() => update({ theme: dark ? 'light' : 'dark' })}>
        Dark mode
      </button>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Display
      </button>
      {/* The choices exist only while open: every page's header stays a few elements long ahead of the text. */}
      <div id={panelId} className="settings-panel" role="group" aria-label="Display settings" hidden={!open}>
        {open && (
          <>
            <Choice legend="Theme" name="theme" options={themes} labels={themeLabel} value={prefs.theme} onChange={(theme) => update({ theme })} />
            <Choice legend="Text size" name="text-size" options={textSizes} labels={sizeLabel} value={prefs.textSize} onChange={(textSize) => update({ textSize })} />
            <Choice legend="Line width" name="line-width" options={lineWidths} labels={widthLabel} value={prefs.lineWidth} onChange={(lineWidth) => update({ lineWidth })} />
          </>
        )}
      </div>
    </div>
  );
}
