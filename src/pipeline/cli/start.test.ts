import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;

describe('npm start', () => {
  it('says so and exits when the port is taken, instead of drifting to another port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/start.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORT: String(port) }, timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });
  it('rejects a PORT that is not a port number', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/start.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORT: 'eighty' }, timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PORT must be a number from 1 to 65535');
  });
});
