import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import { cacheFilePath, cacheKey, ResultCache } from '../../src/cache/result-cache.js';
import { diagnostic, fileResult } from '../format/make-result.js';

const config: ResolvedConfig = { rules: { jargon: { severity: 'warn', options: { allow: ['SLA'] } } }, placeholders: [] };
const at = { line: 1, column: 1, endLine: 1, endColumn: 4, offset: 0, endOffset: 3 };
const tempDir = () => mkdtempSync(join(tmpdir(), 'replylint-cache-'));

/** A cache file (named `name`, in a new folder) holding one clean result for a template `a.md` reading "SLA". */
async function savedCache(name: string): Promise<{ file: string; template: string }> {
  const dir = tempDir();
  const file = join(dir, name);
  const template = join(dir, 'a.md');
  writeFileSync(template, 'SLA');
  const cache = ResultCache.open(file, 'rules-1');
  cache.set(template, cacheKey('SLA', config, true), fileResult(template, []));
  await cache.save();
  return { file, template };
}

describe('the result cache', () => {
  it('returns the stored result, without source or output, for the same text and settings', async () => {
    const dir = tempDir();
    const file = join(dir, '.replylintcache');
    const template = join(dir, 'a.md');
    writeFileSync(template, 'SLA');
    const result = fileResult(template, [diagnostic({ ...at, fix: { range: [0, 3], text: 'x' }, suggestions: [{ desc: 'advice only' }], template: 'T', templateIndex: 0 })], { source: 'SLA', output: 'x' });
    const first = ResultCache.open(file, 'rules-1');
    first.set(template, cacheKey('SLA', config, true), result);
    expect(await first.save()).toBeUndefined();

    const again = ResultCache.open(file, 'rules-1');
    const { source, output, ...rest } = result;
    expect(again.get(template, cacheKey('SLA', config, true))).toEqual(rest);
    expect(source).toBe('SLA');
    expect(output).toBe('x');
  });

  it('misses when the text, the settings, how the file was named, or the rule set changed', async () => {
    const { file, template } = await savedCache('cache.json');
    const reopened = ResultCache.open(file, 'rules-1');
    expect(reopened.get(template, cacheKey('SLA', config, true))).toBeDefined();
    expect(reopened.get(template, cacheKey('SLA!', config, true))).toBeUndefined();
    const stricter: ResolvedConfig = { ...config, rules: { jargon: { severity: 'error', options: { allow: ['SLA'] } } } };
    expect(reopened.get(template, cacheKey('SLA', stricter, true))).toBeUndefined();
    expect(reopened.get(template, cacheKey('SLA', config, false))).toBeUndefined();
    expect(ResultCache.open(file, 'rules-2').get(template, cacheKey('SLA', config, true))).toBeUndefined();
  });

  it('hashes settings regardless of key order', () => {
    const reordered: ResolvedConfig = { placeholders: [], rules: { jargon: { options: { allow: ['SLA'] }, severity: 'warn' } } };
    expect(cacheKey('t', reordered, true)).toEqual(cacheKey('t', config, true));
  });

  it('leaves the file as it is after a run that only read from it, and writes it after a change', async () => {
    const { file, template } = await savedCache('.replylintcache');
    // The same data, written differently: a rewrite would show.
    const spaced = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), null, 2);
    writeFileSync(file, spaced);

    const warm = ResultCache.open(file, 'rules-1');
    expect(warm.get(template, cacheKey('SLA', config, true))).toBeDefined();
    expect(await warm.save()).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(spaced);

    const changed = ResultCache.open(file, 'rules-1');
    changed.set(template, cacheKey('SLA!', config, true), fileResult(template, []));
    await changed.save();
    expect(readFileSync(file, 'utf8')).not.toBe(spaced);
    expect(ResultCache.open(file, 'rules-1').get(template, cacheKey('SLA!', config, true))).toBeDefined();
  });

  it('ignores a corrupt or foreign cache file and overwrites it', async () => {
    for (const junk of ['{not json', '[]', '{"format":"other","entries":{}}', '{"format":"replylint-cache/1","fingerprint":"rules-1","entries":{"/a.md":{"content":1}}}']) {
      const dir = tempDir();
      const file = join(dir, '.replylintcache');
      writeFileSync(file, junk);
      const cache = ResultCache.open(file, 'rules-1');
      expect(cache.get('/a.md', cacheKey('', config, true))).toBeUndefined();
      expect(await cache.save()).toBeUndefined();
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'replylint-cache/1', fingerprint: 'rules-1' });
    }
  });

  it('keeps entries of files not linted in this run while they exist, and forgets deleted ones', async () => {
    const dir = tempDir();
    const file = join(dir, '.replylintcache');
    const [kept, gone] = [join(dir, 'kept.md'), join(dir, 'gone.md')];
    writeFileSync(kept, 'a');
    writeFileSync(gone, 'b');
    const cache = ResultCache.open(file, 'r');
    cache.set(kept, cacheKey('a', config, true), fileResult(kept, []));
    cache.set(gone, cacheKey('b', config, true), fileResult(gone, []));
    await cache.save();
    rmSync(gone);
    await ResultCache.open(file, 'r').save();
    const entries = Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { entries: object }).entries);
    expect(entries).toEqual([kept]);
  });

  it('forgets a file whose fix was written', async () => {
    const dir = tempDir();
    const file = join(dir, '.replylintcache');
    const template = join(dir, 'a.md');
    writeFileSync(template, 'a');
    const cache = ResultCache.open(file, 'r');
    cache.set(template, cacheKey('a', config, true), fileResult(template, []));
    cache.delete(template);
    await cache.save();
    expect(ResultCache.open(file, 'r').get(template, cacheKey('a', config, true))).toBeUndefined();
  });

  it('reports a cache it cannot write instead of failing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocker'), '');
    const cache = ResultCache.open(join(dir, 'blocker', 'cache'), 'r');
    expect(await cache.save()).toEqual(expect.any(String));
  });
});

describe('--cache-location', () => {
  it('is a file, or a folder (existing, or written with a trailing slash) that holds .replylintcache', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'existing'));
    expect(cacheFilePath(dir, undefined)).toBe(join(dir, '.replylintcache'));
    expect(cacheFilePath(dir, 'my-cache.json')).toBe(join(dir, 'my-cache.json'));
    expect(cacheFilePath(dir, 'existing')).toBe(join(dir, 'existing', '.replylintcache'));
    expect(cacheFilePath(dir, 'new/')).toBe(join(dir, 'new', '.replylintcache'));
  });
});
