import type { Messages } from '../../i18n/vi';
import type { LoadFailure } from './checked-package';

/** Why a file on disk could not be read: its content, or the file itself (missing, not a file, a link loop, too large). */
export type FileFailure = LoadFailure | { reason: 'missing' | 'notFile' | 'linkLoop' } | { reason: 'fileTooLarge'; bytes: number; limit: number };

/** Why a file could not be read, in the table's words, with the numbers a refused file's message names. */
export function unreadableProblem(m: Messages, failure: FileFailure): string {
  const limits = m.unreadable.limits;
  switch (failure.reason) {
    case 'fileTooLarge':
      return limits.file({ size: failure.bytes, limit: failure.limit });
    case 'tooLarge':
      return failure.part === null
        ? limits.total({ size: failure.bytes, limit: failure.limit })
        : limits.part({ part: failure.part, size: failure.bytes, limit: failure.limit });
    case 'zipBomb':
      return limits.zipBomb(failure);
    case 'tooManyParts':
      return limits.parts(failure);
    case 'tooManySheets':
      return limits.sheets(failure);
    case 'tooManyRows':
      return limits.rows(failure);
    case 'rowOutOfRange':
      return limits.rowNumber(failure);
    default:
      return m.unreadable[failure.reason];
  }
}
