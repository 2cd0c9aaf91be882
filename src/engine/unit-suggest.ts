import { normLoose } from './normalize';
import type { UnitEntry } from './types';

/** Short forms clerks write in unit names, spelled out before comparing (`Công an TP` ≈ `Công an thành phố`). */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  tp: 'thanh pho',
  tx: 'thi xa',
  tt: 'thi tran',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  mttq: 'mat tran to quoc',
  cb: 'chi bo',
  db: 'dang bo',
  bch: 'ban chap hanh',
  hcsn: 'hanh chinh su nghiep',
};

/** Words that every unit name shares: they say nothing about which unit is meant. */
const COMMON = new Set(['chi bo', 'dang bo', 'co so']);

function comparable(name: string): string {
  const words = normLoose(name)
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => SHORT_FORMS[w] ?? w)
    .join(' ');
  let text = ` ${words} `;
  for (const c of COMMON) text = text.split(` ${c} `).join(' ');
  return text.trim();
}

function bigrams(word: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i < word.length - 1; i++) grams.push(word.slice(i, i + 2));
  return grams.length > 0 ? grams : [word];
}

/** Dice's coefficient of two words' letter pairs. */
function wordLikeness(a: string, b: string): number {
  if (a === b) return 1;
  const [x, y] = [bigrams(a), bigrams(b)];
  const rest = [...y];
  let shared = 0;
  for (const g of x) {
    const i = rest.indexOf(g);
    if (i >= 0) {
      shared++;
      rest.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Words alike enough to be the same word mistyped. */
const SAME_WORD = 0.8;

/**
 * How alike two unit names are, 0 to 1: the share of their words (short forms spelled out, words every
 * unit name has left out) that match a word of the other, a word matching when its letters nearly do.
 */
export function similarity(a: string, b: string): number {
  const [x, y] = [comparable(a).split(' ').filter(Boolean), comparable(b).split(' ').filter(Boolean)];
  if (x.length === 0 || y.length === 0) return 0;
  const rest = [...y];
  let matched = 0;
  for (const word of x) {
    const i = rest.findIndex((other) => wordLikeness(word, other) >= SAME_WORD);
    if (i >= 0) {
      matched++;
      rest.splice(i, 1);
    }
  }
  return (2 * matched) / (x.length + y.length);
}

/** How alike a name must be to be offered. */
const THRESHOLD = 0.6;

/** The units of `Danh mục` (by any of their spellings) most like `name`, best first, at most `max`. */
export function nearestUnits(name: string, units: readonly UnitEntry[], max = 3): string[] {
  const scored = units
    .map((u) => ({ name: u.name, score: Math.max(...[u.name, ...u.otherNames].map((s) => similarity(name, s))) }))
    .filter((s) => s.score >= THRESHOLD)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, max).map((s) => s.name);
}
