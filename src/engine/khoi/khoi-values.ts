import { cellText } from '../cell-text';
import { normLoose } from '../normalize';
import { yearOf } from '../report-info';
import type { CellValue } from '../types';
import { KHOI_RATINGS, type KhoiRating } from './khoi-columns';

/** A value read, or why it could not be: `undefined` is an empty cell, `null` a value not understood. */
export type Read<T> = T | null | undefined;

const isEmpty = (text: string): boolean => text === '';

/** A whole number ≥ 0, written as a number or as digits. */
export function readCount(value: CellValue): Read<number> {
  const text = cellText(value);
  if (isEmpty(text)) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}

export function readYear(value: CellValue): Read<number> {
  const text = cellText(value);
  if (isEmpty(text)) return undefined;
  const year = yearOf(value, text);
  return year !== null && year >= 2000 && year <= 2100 ? year : null;
}

const YES = new Set(['co', 'x', 'v', '1', 'dat', 'da co', 'yes']);
const NO = new Set(['khong', '0', '-', 'chua', 'chua co', 'no']);

/** `Có` / `Không`; a tick `x` is `Có` and an empty cell `Không`, as clerks tick the columns. */
export function readYesNo(value: CellValue): Read<boolean> {
  const text = normLoose(cellText(value));
  if (isEmpty(text)) return false;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

/**
 * A rate from 0 to 100: `95`, `95%`, `95,5 %`, or a cell formatted as a percentage (Excel keeps
 * 0.95). A number from 0 to 1 is such a cell's value; anything above 100 is not a rate.
 */
export function readRate(value: CellValue): Read<number> {
  const text = cellText(value);
  if (isEmpty(text)) return undefined;
  let rate: number;
  if (typeof value === 'number') rate = value >= 0 && value <= 1 ? value * 100 : value;
  else {
    const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
    if (!m) return null;
    rate = Number(m[1].replace(',', '.'));
  }
  return rate >= 0 && rate <= 100 ? Math.round(rate * 100) / 100 : null;
}

const RATING_BY_TEXT = new Map<string, KhoiRating>(KHOI_RATINGS.map((r) => [normLoose(r), r]));
/** Short forms clerks write. */
const RATING_ALIASES: Record<string, KhoiRating> = {
  htxsnv: 'Hoàn thành xuất sắc nhiệm vụ',
  httnv: 'Hoàn thành tốt nhiệm vụ',
  htnv: 'Hoàn thành nhiệm vụ',
  khtnv: 'Không hoàn thành nhiệm vụ',
};

export function readRating(value: CellValue): Read<KhoiRating> {
  const text = normLoose(cellText(value));
  if (isEmpty(text)) return undefined;
  return RATING_BY_TEXT.get(text) ?? RATING_ALIASES[text.replace(/\s+/g, '')] ?? null;
}

export type KhoiHead = 'secretary' | 'deputy' | 'other';

/** `Bí thư` (`Bí thư Đảng ủy`), `Phó Bí thư` (…), or another position. */
export function readHead(value: CellValue): Read<KhoiHead> {
  const text = normLoose(cellText(value));
  if (isEmpty(text)) return undefined;
  if (text.startsWith('pho bi thu')) return 'deputy';
  if (text.startsWith('bi thu')) return 'secretary';
  return 'other';
}
