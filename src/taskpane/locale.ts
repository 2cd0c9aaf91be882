import { en } from '../i18n/en';
import { vi, type Messages } from '../i18n/vi';

export type Language = 'vi' | 'en';

export const messagesFor = (language: Language): Messages => (language === 'vi' ? vi : en);

const NUMBER_LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** `1265` → `1.265` in Vietnamese, `1,265` in English. */
export function formatNumber(n: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[language], { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(n);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** dd/mm/yyyy, the clerks' date (also read naturally in British English). */
export const formatDate = (date: { day: number; month: number; year: number }): string => `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;

export const today = (now = new Date()): { day: number; month: number; year: number } => ({
  day: now.getDate(),
  month: now.getMonth() + 1,
  year: now.getFullYear(),
});
