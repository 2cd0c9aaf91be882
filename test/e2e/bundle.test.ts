import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { DIST } from './helpers/paths';

/** Gzipped size the preview page may start with: React, Fluent UI, the page, the task pane and the strings. */
const INITIAL_BUDGET_GZIP = 350 * 1024;

/** Scripts a built page loads at once (HtmlWebpackPlugin's <script> tags). */
function initialScripts(page: string): string[] {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith('http'));
}

/** A message of exceljs's own (our code names .xlsx parts too, so part names would not tell). */
const hasExcelJs = (file: string): boolean => readFileSync(path.join(DIST, file), 'utf8').includes('Cannot merge already merged cells');

describe('the preview bundle (dist/)', () => {
  it("keeps exceljs out of preview.html's initial JavaScript, in a chunk of its own", () => {
    const initial = initialScripts('preview.html');
    expect(initial.length).toBeGreaterThan(0);
    expect(initial.filter(hasExcelJs)).toEqual([]);
    const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    const excelChunks = chunks.filter(hasExcelJs);
    expect(excelChunks).toHaveLength(1);
    expect(excelChunks[0]).toMatch(/^xlsx-vendor\.[0-9a-f]+\.js$/);
    expect(initialScripts('taskpane.html').filter(hasExcelJs)).toEqual([]);
  });

  it(`starts preview.html with less than ${INITIAL_BUDGET_GZIP / 1024} KiB of JavaScript, gzipped`, () => {
    const sizes = initialScripts('preview.html').map((src) => ({ src, gzip: gzipSync(readFileSync(path.join(DIST, src)), { level: 9 }).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    process.stdout.write(`preview.html initial JS (gzip -9): ${sizes.map((s) => `${s.src} ${s.gzip} B`).join(', ')}; total ${total} B\n`);
    expect(total).toBeLessThan(INITIAL_BUDGET_GZIP);
  });
});

describe("the pages' JavaScript (dist/)", () => {
  /**
   * Excel's webviews since WebView2 and Safari 11 parse ES2017; an older parser rejects a whole script
   * at its first newer construct (`?.`, `??=`, class fields, `\p{L}` in a regular expression literal).
   */
  it('parses as ES2017, the initial scripts of both pages and every chunk loaded later', () => {
    const scripts = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(initialScripts('taskpane.html').length).toBeGreaterThan(0);
    for (const page of ['taskpane.html', 'preview.html']) for (const src of initialScripts(page)) expect(scripts).toContain(src);
    const failures = scripts.flatMap((file) => {
      try {
        parse(readFileSync(path.join(DIST, file), 'utf8'), { ecmaVersion: 2017, sourceType: 'script' });
        return [];
      } catch (error) {
        return [`${file}: ${(error as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it('would catch ES2018+ syntax (the check fails where it must)', () => {
    for (const newer of ['a?.b', 'a ??= 1', 'class A { x = 1 }', 'const r = /\\p{L}/u', 'const r = /a/s', 'const o = { ...p }']) {
      expect(() => parse(newer, { ecmaVersion: 2017, sourceType: 'script' })).toThrow();
    }
  });

  it("loads office.js as a plain script in <head>, before the pane's own scripts", () => {
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const office = /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/.exec(head);
    expect(office).not.toBeNull();
    const own = initialScripts('taskpane.html').map((src) => html.indexOf(src));
    expect(Math.min(...own)).toBeGreaterThan(office!.index);
  });

  it('keeps the inline script that answers old webviews ES5, as Internet Explorer 11 parses', () => {
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain('Trident/');
    expect(() => parse(inline[0], { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    expect(() => parse('const a = () => 1', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });
});
