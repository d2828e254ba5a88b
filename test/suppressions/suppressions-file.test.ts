import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyId, type SuppressionKey } from '../../src/suppressions/suppression-table.js';
import { isSuppressionsFileError, parseSuppressions, readSuppressionsFile, serializeSuppressions, writeSuppressionsFile } from '../../src/suppressions/suppressions-file.js';

const table = (...entries: Array<[string, string, string, number]>) =>
  new Map(entries.map(([file, template, rule, count]) => {
    const key: SuppressionKey = { file, template, rule };
    return [keyId(key), { key, count }];
  }));

describe('the suppressions file', () => {
  it('is written sorted at every level, whatever order the entries came in, with a trailing newline', () => {
    const a = serializeSuppressions(table(['b.md', '', 'jargon', 2], ['a.yaml', 'Refund', 'no-name', 1], ['a.yaml', 'Apology', 'no-name', 1], ['a.yaml', 'Apology', 'jargon', 3]));
    const b = serializeSuppressions(table(['a.yaml', 'Apology', 'jargon', 3], ['a.yaml', 'Apology', 'no-name', 1], ['b.md', '', 'jargon', 2], ['a.yaml', 'Refund', 'no-name', 1]));
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
    expect(JSON.parse(a)).toEqual({
      'a.yaml': { Apology: { jargon: { count: 3 }, 'no-name': { count: 1 } }, Refund: { 'no-name': { count: 1 } } },
      'b.md': { '': { jargon: { count: 2 } } },
    });
    expect(Object.keys(JSON.parse(a)['a.yaml'])).toEqual(['Apology', 'Refund']);
  });

  it('keeps code-unit order for labels that look like numbers (macro indexes), which JSON.stringify would reorder', () => {
    const text = serializeSuppressions(table(['m.yaml', '10', 'jargon', 1], ['m.yaml', '2', 'jargon', 1], ['m.yaml', 'b', 'jargon', 1]));
    expect(text.indexOf('"10"')).toBeLessThan(text.indexOf('"2"'));
    expect(text.indexOf('"2"')).toBeLessThan(text.indexOf('"b"'));
  });

  it('is an empty object when nothing is recorded, and drops zero counts', () => {
    expect(serializeSuppressions(new Map())).toBe('{}\n');
    expect(serializeSuppressions(table(['a.md', '', 'jargon', 0]))).toBe('{}\n');
  });

  it('reads back what it writes, labels such as __proto__ included', () => {
    const written = table(['a.md', '', 'jargon', 2], ['m.yaml', '__proto__', 'no-name', 1], ['m.yaml', 'constructor', 'no-name', 4]);
    const read = parseSuppressions(serializeSuppressions(written), 'x.json');
    expect(read).toEqual(written);
  });

  it('names the file and the entry when it is malformed', () => {
    const broken = parseSuppressions('{"a.md": ', '/p/replylint-suppressions.json');
    expect(isSuppressionsFileError(broken) && broken.file).toBe('/p/replylint-suppressions.json');
    expect(isSuppressionsFileError(broken) && broken.message).toMatch(/not valid JSON/);
    const badCount = parseSuppressions('{"a.md": {"": {"jargon": {"count": 1.5}}}}', 'f.json');
    expect(isSuppressionsFileError(badCount) && badCount.message).toMatch(/“a\.md” → “” → “jargon”/);
    for (const text of ['[]', '{"a.md": []}', '{"a.md": {"": 3}}', '{"a.md": {"": {"jargon": 2}}}', '{"a.md": {"": {"jargon": {"count": 0}}}}']) {
      expect(isSuppressionsFileError(parseSuppressions(text, 'f.json')), text).toBe(true);
    }
  });

  it('treats a missing file as an empty baseline, and writes one (creating its folder)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-suppressions-'));
    expect(await readSuppressionsFile(join(dir, 'none.json'))).toEqual(new Map());
    const file = join(dir, 'nested', 'baseline.json');
    expect(await writeSuppressionsFile(file, table(['a.md', '', 'jargon', 1]))).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(serializeSuppressions(table(['a.md', '', 'jargon', 1])));
    writeFileSync(file, 'nope');
    expect(isSuppressionsFileError(await readSuppressionsFile(file))).toBe(true);
  });
});
