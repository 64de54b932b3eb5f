// The error boundary in a real React client render (on linkedom's DOM): a part that throws while rendering is
// replaced by its own message, the parts beside it keep working, and "Try again" renders it afresh.
import { parseHTML } from 'linkedom';
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary.tsx';

const saved: Record<string, unknown> = {};

beforeAll(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  for (const [key, value] of Object.entries({ window, document, navigator: window.navigator, HTMLElement: window.HTMLElement, Node: window.Node, IS_REACT_ACT_ENVIRONMENT: true })) {
    saved[key] = (globalThis as Record<string, unknown>)[key];
    Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  }
});

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
});

let failing = true;
function FlakyPart() {
  if (failing) throw new Error('cannot draw this');
  return <p>drawn after all</p>;
}

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" id="counter" onClick={() => setCount(count + 1)}>
      clicked {count}
    </button>
  );
}

describe('ErrorBoundary', () => {
  it('contains a render failure to the part that failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = document.getElementById('root')!;
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <main>
          <ErrorBoundary part="the article text">
            <FlakyPart />
          </ErrorBoundary>
          <Counter />
        </main>,
      );
    });
    expect(container.textContent).toContain('Something went wrong showing the article text.');
    expect(container.querySelector('[role="alert"]')).not.toBeNull();

    // the part beside it still works
    const counter = container.querySelector('#counter') as HTMLButtonElement;
    await act(async () => counter.dispatchEvent(new window.Event('click', { bubbles: true })));
    expect(container.textContent).toContain('clicked 1');

    // "Try again" renders the failed part afresh
    failing = false;
    const retry = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!;
    await act(async () => retry.dispatchEvent(new window.Event('click', { bubbles: true })));
    expect(container.textContent).toContain('drawn after all');
    expect(container.textContent).not.toContain('Something went wrong');
    await act(async () => root.unmount());
  });
});
