import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './helpers/paths';

/** Gzipped size the preview page may start with: React, Fluent UI, the page, the task pane and the strings. */
const INITIAL_BUDGET_GZIP = 350 * 1024;

/** Scripts a built page loads at once (HtmlWebpackPlugin's <script> tags). */
function initialScripts(page: string): string[] {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith('http'));
}

/** Text exceljs carries (the part names of an .xlsx package); nothing else in the bundle has it. */
const hasExcelJs = (file: string): boolean => readFileSync(path.join(DIST, file), 'utf8').includes('xl/sharedStrings.xml');

describe('the preview bundle (dist/)', () => {
  it('keeps exceljs out of preview.html\'s initial JavaScript, in a chunk of its own', () => {
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
