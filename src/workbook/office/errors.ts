import { vi } from '../../i18n/vi';
import { WorkbookError, type WorkbookErrorCode } from '../workbook';

/** What an `OfficeExtension.Error` carries (`instanceof` needs the global, absent outside Office). */
export interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}

export function isOfficeError(error: unknown): error is OfficeErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Partial<OfficeErrorLike> & { name?: unknown };
  return typeof e.code === 'string' && (typeof e.debugInfo === 'object' || e.name === 'RichApi.Error' || e.name === 'OfficeExtension.Error');
}

/**
 * Codes that mean this code misused the API (a property read before `load`, a proxy used outside its
 * batch): bugs, so they are rethrown as they are and never shown to the clerk as an Excel problem.
 */
const BUG_CODES = new Set(['PropertyNotLoaded', 'ValueNotLoaded', 'InvalidObjectPath', 'InvalidRequestContext', 'RunMustReturnPromise']);

const BY_CODE: Record<string, WorkbookErrorCode> = {
  AccessDenied: 'protected',
  InvalidOperationInCellEditMode: 'editing',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  PayloadTooLarge: 'tooLarge',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  ServiceUnavailable: 'busy',
  ServerBusy: 'busy',
  Timeout: 'busy',
  TooManyRequests: 'busy',
  // An API this Excel does not have (an older version than the adapter's checks assumed).
  ApiNotFound: 'unsupported',
  InvalidSelection: 'selection',
  ItemNotFound: 'missing',
};

/** Codes whose message tells more than the code (Excel on the web reports some transport errors as GeneralException). */
function byMessage(message: string): WorkbookErrorCode | null {
  if (/\bprotected\b|\bprotection\b/i.test(message)) return 'protected';
  if (/\b413\b|payload.{0,20}(too large|limit)|request entity too large/i.test(message)) return 'tooLarge';
  if (/\b(429|503)\b|too many requests|service unavailable|\bbusy\b|throttl/i.test(message)) return 'busy';
  return null;
}

/** The clerk-facing error for what Excel reported; anything that is not an Excel error is returned unchanged. */
export function toWorkbookError(error: unknown): unknown {
  if (error instanceof WorkbookError || !isOfficeError(error) || BUG_CODES.has(error.code)) return error;
  const code = BY_CODE[error.code] ?? byMessage(`${error.message} ${error.debugInfo?.message ?? ''}`) ?? 'unknown';
  const message = code === 'unknown' ? vi.workbookError.unknown({ detail: detailOf(error) }) : vi.workbookError[code];
  const mapped = new WorkbookError(code, message);
  Object.defineProperty(mapped, 'cause', { value: error, enumerable: false });
  return mapped;
}

function detailOf(error: OfficeErrorLike): string {
  const text = (error.message || error.debugInfo?.message || '').trim().replace(/[.\s]+$/, '');
  return text && text !== error.code ? `${text} (${error.code})` : error.code;
}

/** Runs `work`, turning what Excel reports into `WorkbookError`s; bugs pass through as they are. */
export async function mapErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toWorkbookError(error);
  }
}

/** The Office error code of an error, if it is one (also when already mapped). */
export function officeCode(error: unknown): string | null {
  if (isOfficeError(error)) return error.code;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return isOfficeError(cause) ? cause.code : null;
}
