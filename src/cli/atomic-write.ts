import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { CliIO } from './io';
import { both } from './messages';

/**
 * Writes a file so that readers see the old content or the whole new one, never a half-written
 * file: a temporary file beside the target, flushed to disk before it is renamed over the target
 * (so a crash after the rename cannot leave an empty file), removed if anything fails.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
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
  }
}

/** writeFileAtomic for a command: a failure is one bilingual line naming the file, not a stack trace. */
export async function writeOutput(target: string, data: Uint8Array, shown: string, io: CliIO): Promise<boolean> {
  try {
    await writeFileAtomic(target, data);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(both((m) => m.cli.writeFailed({ file: shown, reason })));
    return false;
  }
}
