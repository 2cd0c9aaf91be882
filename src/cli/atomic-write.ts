import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Messages } from '../i18n/vi';
import type { CliIO } from './io';
import { both } from './messages';

/**
 * Writes a file so that readers see the old content or the whole new one, never a half-written
 * file: a temporary file beside the target, flushed to disk before it is renamed over the target
 * (so a crash after the rename cannot leave an empty file), removed if anything fails.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/** Temporary files being written, for the process to remove when it is stopped (Ctrl+C, SIGTERM) mid-write. */
const pending = new Set<string>();

/** Removes the temporary files of writes under way; the targets keep their old content. Synchronous: the process is ending. */
export function removePendingWrites(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone, or never created.
    }
  }
  pending.clear();
}

/** Why a write failed, in the reader's words where the system's error code says it plainly. */
export function writeFailure(error: unknown, m: Messages): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reasons = m.cli.writeReasons as Record<string, string>;
  if (code && code in reasons) return reasons[code];
  return error instanceof Error ? error.message : String(error);
}

/** writeFileAtomic for a command: a failure is one bilingual line naming the file, not a stack trace. */
export async function writeOutput(target: string, data: Uint8Array, shown: string, io: CliIO): Promise<boolean> {
  try {
    await writeFileAtomic(target, data);
    return true;
  } catch (error) {
    io.err(both((m) => m.cli.writeFailed({ file: shown, reason: writeFailure(error, m) })));
    return false;
  }
}
