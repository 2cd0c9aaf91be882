import { vi, type Messages } from '../i18n/vi';
import type { Finding } from './types';

/** A finding's text template: one of the `finding` entries of the message tables. */
export type FindingKey = keyof Messages['finding'];
type ParamsOf<K extends FindingKey> = Omit<Parameters<Messages['finding'][K]>[0], 'at'>;

/**
 * What a finding says, as a template and its parameters, so that each reader gets it in their language
 * (the engine's `message` is the Vietnamese wording). `expected` names a phrase of the reader's own
 * table (`expected[key]` or `khoiExpected[kind]`) rather than giving its Vietnamese text.
 */
export interface Words {
  key: FindingKey;
  params: Readonly<Record<string, string | number | boolean>>;
  expected?: { table: 'expected'; key: keyof Messages['expected'] } | { table: 'khoiExpected'; key: keyof Messages['khoiExpected'] };
}

export const words = <K extends FindingKey>(key: K, params: Omit<ParamsOf<K>, 'expected'>, expected?: Words['expected']): Words => ({
  key,
  params: params as Words['params'],
  ...(expected ? { expected } : {}),
});

/** Where a finding is, in the reader's words: `Ô C7`, `Dòng 12`, `Trang “Đăng ký”` (or `Cell C7`, …). */
export function placeText(at: { cell: string | null; row: number | null; sheet: string | null }, messages: Messages = vi): string {
  if (at.cell) return messages.place.cell({ cell: at.cell });
  if (at.row !== null) return messages.place.row({ row: at.row });
  return at.sheet ? messages.place.sheet({ sheet: at.sheet }) : '';
}

/** The words in a reader's language, `at` saying where. */
export function say(w: Words, at: string, messages: Messages = vi): string {
  const template = messages.finding[w.key] as (p: Record<string, unknown>) => string;
  const expected = w.expected ? (messages[w.expected.table] as Record<string, string>)[w.expected.key] : undefined;
  return template({ ...w.params, ...(expected === undefined ? {} : { expected }), at });
}

/** A finding in the reader's language; one without words (file-level, as read) keeps its message. */
export const findingText = (f: Finding, messages: Messages = vi): string => (f.words ? say(f.words, placeText(f, messages), messages) : f.message);
