// Writes a fixed file back atomically, only if nobody changed it since it was read.
//
// Fixes are written to a symlink's target: the link stays a link and the file it points to changes.
// The file keeps its permission bits (and owner, where the process may set it) and its UTF-8 BOM.
import { readFile, realpath, stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

export interface ReadFile {
  /** The text as read, BOM removed. */
  text: string;
  bom: boolean;
  mtimeMs: number;
  size: number;
}

export type WriteOutcome = { written: true } | { written: false; reason: string };

const CHANGED = 'changed on disk since it was read';

export async function writeFixedFile(path: string, output: string, original: ReadFile): Promise<WriteOutcome> {
  if (output === original.text) return { written: false, reason: 'no changes to write' };
  let target: string;
  try {
    target = await realpath(path);
  } catch (error) {
    return { written: false, reason: isMissing(error) ? 'deleted since it was read' : describe(error) };
  }
  try {
    const now = await stat(target);
    if (!now.isFile()) return { written: false, reason: 'not a regular file' };
    if (now.mtimeMs !== original.mtimeMs || now.size !== original.size) return { written: false, reason: CHANGED };
    // A same-size edit within the file system's timestamp resolution passes the stat check; the bytes do not lie.
    const bytes = await readFile(target);
    if (!bytes.equals(encode(original.text, original.bom))) return { written: false, reason: CHANGED };

    await writeFileAtomic(target, encode(output, original.bom), { mode: now.mode & 0o7777 });
    return { written: true };
  } catch (error) {
    return { written: false, reason: describe(error) };
  }
}

function encode(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function describe(error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left on device';
  return error instanceof Error ? error.message : String(error);
}
