import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';

/* eslint-disable @typescript-eslint/no-require-imports */
const { checkBaseUrl, rebaseManifest } = require('../../scripts/manifest-url.js') as {
  checkBaseUrl: (text: string) => { base?: string; error?: string };
  rebaseManifest: (xml: string, base: string) => string;
};
const { CopyStaticFilesPlugin } = require('../../scripts/static-files-plugin.js') as {
  CopyStaticFilesPlugin: new (options: { assets: string; manifest: string; base?: string | null }) => webpack.WebpackPluginInstance;
};
const { validateManifest } = require('../../scripts/validate-manifest.js') as {
  validateManifest: (file: string, options?: { production?: boolean }) => Promise<{ valid: boolean; errors: string[] }>;
};
const webpackConfig = require('../../webpack.config.js') as (env: object, argv: { mode: string }) => Promise<webpack.Configuration>;
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * An add-in for a real server: `DVK_BASE_URL=https://host/path npm run build` writes dist/manifest.xml
 * under that address, and `npm run validate -- --production FILE` refuses what clerks' Excel cannot open.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const BASE = 'https://dvk.example.vn/phan-mem/dvk';

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dvk-deploy-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the copy plugin of webpack.config.js in a real (tiny) webpack compilation into `out`. */
function buildStatic(out: string, base: string | null): Promise<void> {
  const entry = path.join(tmp, 'entry.js');
  fs.writeFileSync(entry, 'export const x = 1;\n');
  const compiler = webpack({
    mode: 'production',
    context: tmp,
    entry,
    output: { path: out },
    plugins: [new CopyStaticFilesPlugin({ assets: path.join(ROOT, 'assets'), manifest: MANIFEST, base })],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString()));
      else resolve();
    }),
  );
}

const validateCli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate-manifest.js'), ...args], { encoding: 'utf8' });

describe('the base address of a production build', () => {
  it('takes an https address of a real host, its trailing slash dropped', () => {
    expect(checkBaseUrl('https://dvk.example.vn/')).toEqual({ base: 'https://dvk.example.vn' });
    expect(checkBaseUrl(`${BASE}/`)).toEqual({ base: BASE });
  });

  it.each([
    ['http://dvk.example.vn', 'https'],
    ['https://localhost:3000', 'localhost'],
    ['https://127.0.0.1/dvk', '127.0.0.1'],
    ['dvk.example.vn', 'không phải địa chỉ web'],
    ['https://dvk.example.vn/?a=1', '?'],
  ])('refuses %s, saying why', (text, why) => {
    expect(checkBaseUrl(text).error).toContain(why);
  });

  it('stops the build with that reason (webpack.config.js)', async () => {
    const before = process.env.DVK_BASE_URL;
    process.env.DVK_BASE_URL = 'http://dvk.example.vn';
    try {
      await expect(webpackConfig({}, { mode: 'production' })).rejects.toThrow(/phải là https \/ must use https/);
    } finally {
      if (before === undefined) delete process.env.DVK_BASE_URL;
      else process.env.DVK_BASE_URL = before;
    }
  });
});

describe('dist/manifest.xml', () => {
  it('points every URL under DVK_BASE_URL and passes the production validation', async () => {
    const out = path.join(tmp, 'prod');
    await buildStatic(out, BASE);
    const xml = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}/taskpane.html"/>`);
    expect(xml).toContain(`<bt:Image id="DVK.Icon.80" DefaultValue="${BASE}/assets/icon-80.png"/>`);
    expect(fs.existsSync(path.join(out, 'assets', 'icon-80.png'))).toBe(true);
    expect(await validateManifest(path.join(out, 'manifest.xml'), { production: true })).toEqual({ valid: true, errors: [] });
    const cli = validateCli('--production', path.join(out, 'manifest.xml'));
    expect(cli.status).toBe(0);
  });

  it('is the development manifest without DVK_BASE_URL, which the production validation refuses (localhost)', async () => {
    const out = path.join(tmp, 'dev');
    await buildStatic(out, null);
    expect(fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8')).toBe(fs.readFileSync(MANIFEST, 'utf8'));
    const result = await validateManifest(path.join(out, 'manifest.xml'), { production: true });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('points at localhost');
    const cli = validateCli('--production', path.join(out, 'manifest.xml'));
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('https://localhost:3000/taskpane.html');
    // The development manifest itself is valid when not asked for production.
    expect(validateCli(MANIFEST).status).toBe(0);
  });

  it('refuses plain-http URLs for production', async () => {
    const file = path.join(tmp, 'http.xml');
    fs.writeFileSync(file, rebaseManifest(fs.readFileSync(MANIFEST, 'utf8'), 'http://dvk.example.vn'));
    const result = await validateManifest(file, { production: true });
    expect(result.errors).toContain('URL phải là https / must use https: http://dvk.example.vn/taskpane.html');
  });
});
