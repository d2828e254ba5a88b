import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeTemplate, readStdin, readTemplateFile } from '../../src/files/read.js';

const dir = mkdtempSync(path.join(tmpdir(), 'replylint-read-'));
function file(name: string, content: string | Uint8Array): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

describe('readTemplateFile', () => {
  it('reads UTF-8 text with LF line endings unchanged', async () => {
    expect(await readTemplateFile(file('lf.md', 'Hei 👋 Äiti\nrivi 2\n'))).toMatchObject({ text: 'Hei 👋 Äiti\nrivi 2\n', bom: false, eol: '\n' });
  });

  it('keeps CRLF line endings in the text and reports them', async () => {
    expect(await readTemplateFile(file('crlf.md', 'a\r\nb\r\n'))).toMatchObject({ text: 'a\r\nb\r\n', bom: false, eol: '\r\n' });
  });

  it('strips a UTF-8 BOM and says it was there', async () => {
    expect(await readTemplateFile(file('bom.md', '\uFEFFHei\n'))).toMatchObject({ text: 'Hei\n', bom: true, eol: '\n' });
  });

  it('reads an empty file', async () => {
    expect(await readTemplateFile(file('empty.md', ''))).toMatchObject({ text: '', bom: false, eol: '\n' });
  });

  it('reports invalid UTF-8 with the line of the first bad byte', async () => {
    // Latin-1 "ä" (0xE4) on line 3.
    const latin1 = Uint8Array.from([...Buffer.from('one\ntwo\nhyv'), 0xe4, ...Buffer.from('\n')]);
    const result = await readTemplateFile(file('latin1.md', latin1));
    expect(result).toEqual({ error: 'not valid UTF-8 (first invalid byte on line 3); save the file as UTF-8', line: 3 });
  });

  it('reports UTF-16 (either byte order) as unsupported', async () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    expect(await readTemplateFile(file('le.md', le))).toEqual({ error: 'UTF-16 is not supported; save the file as UTF-8' });
    expect(await readTemplateFile(file('be.md', be))).toEqual({ error: 'UTF-16 is not supported; save the file as UTF-8' });
  });

  it('reports a binary file (a NUL byte early on)', async () => {
    const result = await readTemplateFile(file('image.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])));
    expect(result).toEqual({ error: expect.stringMatching(/^binary file/) });
  });

  it('reports a folder named like a template', async () => {
    mkdirSync(path.join(dir, 'folder.md'));
    expect(await readTemplateFile(path.join(dir, 'folder.md'))).toEqual({ error: 'is a directory, not a template file' });
  });

  it('reports a missing file without throwing', async () => {
    expect(await readTemplateFile(path.join(dir, 'missing.md'))).toEqual({ error: 'no such file or directory' });
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('reports a file it may not read (skipped as root, who can read anything)', async () => {
    const secret = file('secret.md', 'x');
    chmodSync(secret, 0o000);
    try {
      expect(await readTemplateFile(secret)).toEqual({ error: 'permission denied' });
    } finally {
      chmodSync(secret, 0o644);
    }
  });
});

describe('decodeTemplate', () => {
  it('takes the first line break as the file line ending', () => {
    expect(decodeTemplate(Buffer.from('a\nb\r\n'))).toMatchObject({ eol: '\n' });
    expect(decodeTemplate(Buffer.from('a\r\nb\n'))).toMatchObject({ eol: '\r\n' });
  });

  it('finds an invalid byte after multi-byte characters on the right line', () => {
    // A truncated three-byte sequence (E2 82) followed by a newline: invalid on line 2.
    const bytes = Uint8Array.from([...Buffer.from('äö€\n'), 0xe2, 0x82, 0x0a]);
    expect(decodeTemplate(bytes)).toEqual({ error: expect.stringContaining('line 2'), line: 2 });
  });
});

describe('readStdin', () => {
  it('reads all chunks, joins characters split across chunks and drops a BOM', async () => {
    const bytes = Buffer.from('\uFEFFHei 👋\nmoi\n');
    const chunks = [bytes.subarray(0, 6), bytes.subarray(6, 9), bytes.subarray(9)];
    expect(await readStdin(Readable.from(chunks))).toBe('Hei 👋\nmoi\n');
  });
});
