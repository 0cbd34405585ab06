import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newToken } from './tokens';

/** Where the generated admin token is kept, inside the data folder. */
export const ADMIN_TOKEN_FILE = 'admin-token';

/**
 * The admin token: `HQ_ADMIN_TOKEN` when set; else the one generated on first start and kept in
 * the data folder, readable by its owner only. `created` is true only on the start that made it,
 * so the caller prints it exactly once.
 */
export async function adminToken(fromEnv: string | undefined, dataDir: string): Promise<{ token: string; created: boolean; file?: string }> {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 16) throw new Error('HQ_ADMIN_TOKEN must be at least 16 characters');
    return { token: fromEnv, created: false };
  }
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  try {
    return { token: (await readFile(file, 'utf8')).trim(), created: false, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const token = newToken();
  // 'wx' fails if another start wrote it meanwhile, rather than replacing a token already shown.
  await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(file, 0o600);
  return { token, created: true, file };
}
