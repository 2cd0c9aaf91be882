/**
 * Request and response sizes. Excel on the web refuses a request or a response over 5 MB
 * (`RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`); this adapter keeps each
 * one under 4 MB, with room left for the envelope Office.js puts around the data.
 */
export const MB = 1024 * 1024;
export const PAYLOAD_LIMIT = 4 * MB;
/** What one request may carry in estimated bytes. */
export const REQUEST_BUDGET = Math.floor(3.5 * MB);
/** What one response may carry in estimated bytes. */
export const RESPONSE_BUDGET = Math.floor(3.75 * MB);
/** An action's own envelope in a request (its ids, type, object path), counted generously. */
export const ACTION_BYTES = 200;

/** The UTF-8 length of a string (Vietnamese letters take 2 or 3 bytes), without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x800)
      bytes += c >= 0xd800 && c <= 0xdbff ? 1 : 2; // a surrogate pair is 4 bytes for 2 units
    else if (c >= 0x80) bytes += 1;
    else if (c === 0x22 || c === 0x5c || c < 0x20) bytes += c < 0x20 ? 5 : 1; // JSON escapes
  }
  return bytes;
}

/** The JSON size of one cell value in a values array, separator included. */
export function cellBytes(value: unknown): number {
  if (typeof value === 'string') return utf8Length(value) + 3;
  if (typeof value === 'number') return String(value).length + 1;
  if (typeof value === 'boolean') return 6;
  return 5; // null
}

/** The JSON size of a row of values, brackets included. */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 3;
  for (const value of row) bytes += cellBytes(value);
  return bytes;
}

/** The JSON size of a matrix of values. */
export const matrixBytes = (rows: readonly (readonly unknown[])[]): number => rows.reduce<number>((sum, row) => sum + rowBytes(row), 2);

/**
 * Queues requests against one context and syncs only when the next action would take the queued
 * request over the budget, so the number of round trips grows with bytes, not with rows or actions.
 */
export class Batch {
  private queued = 0;
  private syncs = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /** Makes room for actions of about `bytes` (envelopes included), syncing what is queued first if needed. */
  async room(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.sync();
    this.queued += bytes;
  }

  /** What the queued request can still take before it must be sent. */
  remaining(): number {
    return this.budget - this.queued;
  }

  /** Room for `count` small actions (a property set, a method without data). */
  actions(count: number): Promise<void> {
    return this.room(count * ACTION_BYTES);
  }

  /** Sends what is queued. */
  async sync(): Promise<void> {
    this.queued = 0;
    this.syncs++;
    await this.context.sync();
  }

  get roundTrips(): number {
    return this.syncs;
  }
}
