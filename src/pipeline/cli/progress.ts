// Progress on stderr: a bar with rate and ETA on a terminal, plain lines otherwise (logs, CI).
import type { Progress } from '../ingest.ts';

const PLAIN_EVERY_MS = 2000;

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update: (p: Progress) => void; finish: () => void } {
  const started = Date.now();
  let stageStarted = started;
  let lastStage = '';
  let lastDrawn = 0;
  const interactive = Boolean(stream.isTTY);
  const update = (p: Progress) => {
    const now = Date.now();
    if (p.stage !== lastStage) {
      if (interactive && lastStage) stream.write('\n');
      lastStage = p.stage;
      stageStarted = now;
      lastDrawn = 0;
      if (!interactive) stream.write(`${p.stage}…\n`);
    }
    const isLast = p.total > 0 && p.done === p.total;
    if (!isLast && now - lastDrawn < (interactive ? 100 : PLAIN_EVERY_MS)) return;
    lastDrawn = now;
    const elapsed = (now - stageStarted) / 1000;
    const rate = elapsed > 0 ? p.done / elapsed : 0;
    if (p.total <= 0) {
      const line = `${p.stage} ${p.done}`;
      if (interactive) stream.write(`\r${line}\x1b[K`);
      else stream.write(`${line}\n`);
      return;
    }
    const eta = rate > 0 ? (p.total - p.done) / rate : Infinity;
    if (interactive) {
      const width = 30;
      const filled = Math.round((p.done / p.total) * width);
      stream.write(`\r${p.stage} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} ${rate.toFixed(0)}/s ETA ${formatSeconds(eta)}\x1b[K`);
    } else {
      stream.write(`${p.stage} ${p.done}/${p.total} (${rate.toFixed(0)}/s, ETA ${formatSeconds(eta)})\n`);
    }
  };
  const finish = () => {
    if (interactive && lastStage) stream.write('\n');
  };
  return { update, finish };
}
