import { chmod, lstat, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFixedFile } from '../../src/fix/write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'replylint-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads a file the way the linter does: text without BOM, plus what the writer checks. */
async function readOriginal(path: string) {
  const bytes = await readFile(path);
  const s = await stat(path);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: bytes.subarray(bom ? 3 : 0).toString('utf8'), bom, mtimeMs: s.mtimeMs, size: s.size };
}

describe('writeFixedFile', () => {
  it('replaces the file by renaming a finished copy over it, leaving no temporary file', async () => {
    const file = join(dir, 'a.md');
    await writeFile(file, 'Hei asiakas\n');
    const before = await stat(file);
    const result = await writeFixedFile(file, 'Hei Maija\n', await readOriginal(file));
    expect(result).toEqual({ written: true });
    expect(await readFile(file, 'utf8')).toBe('Hei Maija\n');
    expect((await stat(file)).ino).not.toBe(before.ino); // a new inode: written elsewhere, then renamed
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it("keeps the file's permission bits", async () => {
    const file = join(dir, 'a.md');
    await writeFile(file, 'x\n');
    await chmod(file, 0o640);
    await writeFixedFile(file, 'y\n', await readOriginal(file));
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it('puts the UTF-8 BOM back when the file had one, and adds none when it had not', async () => {
    const withBom = join(dir, 'bom.md');
    const without = join(dir, 'plain.md');
    await writeFile(withBom, Buffer.from('\uFEFFHei\r\n', 'utf8'));
    await writeFile(without, 'Hei\n');
    await writeFixedFile(withBom, 'Moi\r\n', await readOriginal(withBom));
    await writeFixedFile(without, 'Moi\n', await readOriginal(without));
    expect(await readFile(withBom)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Moi\r\n')]));
    expect(await readFile(without)).toEqual(Buffer.from('Moi\n'));
  });

  it('refuses to write a file whose size or time changed since it was read', async () => {
    const file = join(dir, 'a.md');
    await writeFile(file, 'Hei asiakas\n');
    const original = await readOriginal(file);
    await writeFile(file, 'Someone else edited this\n');
    const result = await writeFixedFile(file, 'Hei Maija\n', original);
    expect(result).toEqual({ written: false, reason: 'changed on disk since it was read' });
    expect(await readFile(file, 'utf8')).toBe('Someone else edited this\n');
  });

  it('refuses a same-size edit that kept the old timestamp', async () => {
    const file = join(dir, 'a.md');
    const when = 1_700_000_000; // whole seconds, so the time survives a round trip exactly
    await writeFile(file, 'Hei asiakas\n');
    await utimes(file, when, when);
    const original = await readOriginal(file);
    await writeFile(file, 'Hei ASIAKAS\n');
    await utimes(file, when, when);
    expect((await stat(file)).mtimeMs).toBe(original.mtimeMs);
    const result = await writeFixedFile(file, 'Hei Maija\n', original);
    expect(result).toEqual({ written: false, reason: 'changed on disk since it was read' });
    expect(await readFile(file, 'utf8')).toBe('Hei ASIAKAS\n');
  });

  it("writes through a symlink to its target and leaves the link a link", async () => {
    const target = join(dir, 'real.md');
    const link = join(dir, 'link.md');
    await writeFile(target, 'Hei asiakas\n');
    await symlink('real.md', link);
    const result = await writeFixedFile(link, 'Hei Maija\n', await readOriginal(link));
    expect(result).toEqual({ written: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('real.md');
    expect(await readFile(target, 'utf8')).toBe('Hei Maija\n');
  });

  it('reports a file deleted since it was read instead of recreating it', async () => {
    const file = join(dir, 'a.md');
    await writeFile(file, 'x\n');
    const original = await readOriginal(file);
    await rm(file);
    expect(await writeFixedFile(file, 'y\n', original)).toEqual({ written: false, reason: 'deleted since it was read' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves a file alone when the output is its text', async () => {
    const file = join(dir, 'a.md');
    await writeFile(file, 'x\n');
    const before = await stat(file);
    const result = await writeFixedFile(file, 'x\n', await readOriginal(file));
    expect(result.written).toBe(false);
    expect((await stat(file)).ino).toBe(before.ino);
  });
});
