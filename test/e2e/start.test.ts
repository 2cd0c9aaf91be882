import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from './helpers/paths';

jest.setTimeout(180_000);

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Resolves with the first line of the child's output that matches. */
const waitForLine = (child: ChildProcess, pattern: RegExp): Promise<string> =>
  new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((l) => pattern.test(l));
      if (line) resolve(line.trim());
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`npm start ended (${code}) before printing ${pattern}:\n${output}`)));
  });

describe('npm start on a machine without Excel (this Linux machine)', () => {
  let child: ChildProcess | undefined;

  afterEach(async () => {
    if (child && child.exitCode === null) {
      const ended = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await ended;
    }
  });

  it('serves the browser preview and prints its address, preview.html', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.js')], {
      cwd: ROOT,
      env: { ...process.env, DVK_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const line = await waitForLine(child, /^\s*http:\/\/localhost:\d+\/\S+$/m);
    expect(line).toBe(`http://localhost:${port}/preview.html`);
    const page = await fetch(`http://localhost:${port}/preview.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<script[^>]+preview\.js/);
    const sample = await fetch(`http://localhost:${port}/assets/mau-dan-van-kheo.xlsx`);
    expect(sample.status).toBe(200);
    expect((await sample.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    // The Office path's page is still served beside it.
    expect((await fetch(`http://localhost:${port}/taskpane.html`)).status).toBe(200);
  });
});
