import { access, realpath } from 'node:fs/promises';
import path from 'node:path';

export const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** Whether two paths name the same file (through links and relative parts). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => ((await exists(p)) ? realpath(p) : path.resolve(p));
  return (await real(a)) === (await real(b));
}
