// Tests run the service worker's functions (public/sw.js) from its own source, in a context with the globals a
// worker has: the worker cannot import the app's modules, so this is how its pure parts are checked.
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

export function loadWorker<Functions>(): Functions {
  const context = createContext({
    self: { addEventListener: () => {}, location: { origin: 'http://dossier.test' } },
    Response,
    Headers,
    URL,
    TransformStream,
    TextDecoderStream,
    TextEncoderStream,
  });
  runInContext(readFileSync('public/sw.js', 'utf8'), context);
  return context as unknown as Functions;
}
