/** Dates as cells hold them: a Date (exceljs), an Excel serial (Office.js), or typed text; `Hạn nộp` read from each. */
import { readWorkbooks } from '../../src/engine';
import { parseDate } from '../../src/engine/dates';
import { book, infoSheet, registrations } from './builder';

const DAY = { day: 15, month: 11, year: 2025 };

describe('parseDate', () => {
  it.each([
    [new Date(Date.UTC(2025, 10, 15))],
    [45976],
    [45976.75],
    ['15/11/2025'],
    [' 15/11/2025 '],
    ['15-11-2025'],
    ['15.11.2025'],
    ['15 / 11 / 2025'],
    ['2025-11-15'],
  ])('%p is 15/11/2025', (value) => {
    expect(parseDate(value)).toEqual(DAY);
  });

  it.each([
    ['5/1/2026', { day: 5, month: 1, year: 2026 }],
    ['05/01/2026', { day: 5, month: 1, year: 2026 }],
    ['29/02/2024', { day: 29, month: 2, year: 2024 }],
    [61, { day: 1, month: 3, year: 1900 }],
  ])('%p is day first', (value, expected) => {
    expect(parseDate(value)).toEqual(expected);
  });

  it.each([
    ['31/02/2025'],
    ['29/02/2025'],
    ['15/13/2025'],
    ['15/11-2025'],
    ['15/11/25'],
    ['ngày 15/11/2025'],
    ['2025'],
    [''],
    [null],
    [0],
    [-3],
    [3_000_000],
    [true],
    [new Date(Number.NaN)],
  ])('%p is no date', (value) => {
    expect(parseDate(value)).toBeNull();
  });
});

describe('Hạn nộp in Thông tin', () => {
  it.each([[new Date(Date.UTC(2025, 10, 15))], [45976], ['15/11/2025'], ['15.11.2025'], ['2025-11-15']])('%p is the same deadline', (value) => {
    const dataset = readWorkbooks([book([registrations([{}]), infoSheet({ 'Năm báo cáo': '2025', 'Hạn nộp': value })])]);
    expect(dataset.info.deadline).toEqual(DAY);
    expect(dataset.info.reportYear).toBe(2025);
  });

  it('a deadline that is no date is left out', () => {
    const dataset = readWorkbooks([book([registrations([{}]), infoSheet({ 'Hạn nộp': 'cuối tháng 11' })])]);
    expect(dataset.info.deadline).toBeNull();
  });
});
