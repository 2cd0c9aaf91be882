import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
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

/** `npm start` (scripts/start.js) serving the browser version on `port`. */
const startOn = (port: number): ChildProcess =>
  spawn(process.execPath, [path.join(ROOT, 'scripts/start.js')], {
    cwd: ROOT,
    env: { ...process.env, DVK_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** `npm run stop`; rejects on a non-zero exit. */
const runStop = () => promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/stop.js')], { cwd: ROOT, encoding: 'utf8' });

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
    child = startOn(port);
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

  it('is ended by npm run stop, which says so, and then finds nothing left to stop', async () => {
    const port = await freePort();
    child = startOn(port);
    await waitForLine(child, /preview\.html$/m);
    const ended = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    // Run asynchronously: the server's output keeps flowing into this process meanwhile.
    const stop = await runStop();
    expect(stop.stdout).toContain('Đã dừng / stopped npm start (bản trình duyệt / browser version)');
    expect(await ended).toBe(0);
    await expect(fetch(`http://localhost:${port}/preview.html`)).rejects.toThrow();
    const again = await runStop();
    expect(again.stdout).toContain('nothing started by npm start is running');
  });
});
