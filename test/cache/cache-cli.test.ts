// End to end: --cache with the built CLI gives the same report as a cold run, and never a stale one.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../e2e/run-cli.js';

const copyOf = (fixture: string) => {
  const to = mkdtempSync(join(tmpdir(), 'replylint-cache-e2e-'));
  cpSync(join(ROOT, fixture), to, { recursive: true });
  return to;
};

interface CacheData {
  entries: Record<string, { result: { messages: Array<{ message: string }> } }>;
}

/** Rewrites every stored message, keeping the hashes: a run that shows the marker used the cache. */
function markStoredMessages(cacheFile: string): void {
  const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheData;
  for (const entry of Object.values(data.entries)) for (const m of entry.result.messages) m.message = 'FROM THE CACHE';
  writeFileSync(cacheFile, JSON.stringify(data));
}

describe('replylint --cache', { timeout: 90_000 }, () => {
  for (const fixture of ['fixtures/cli/basic', 'fixtures/demo']) {
    it(`prints exactly what a cold run prints, in JSON and stylish (${fixture})`, () => {
      const dir = copyOf(fixture);
      for (const format of ['json', 'stylish']) {
        const cold = runCli(['.', '-f', format], { cwd: dir });
        const filling = runCli(['.', '-f', format, '--cache'], { cwd: dir });
        const warm = runCli(['.', '-f', format, '--cache'], { cwd: dir });
        expect(existsSync(join(dir, '.replylintcache'))).toBe(true);
        expect(cold.stdout.length).toBeGreaterThan(10);
        for (const run of [filling, warm]) {
          expect(run.stdout).toBe(cold.stdout);
          expect(run.stderr).toBe(cold.stderr);
          expect(run.code).toBe(cold.code);
        }
      }
    });
  }

  it('reuses stored results while nothing changed', () => {
    const dir = copyOf('fixtures/cli/basic');
    runCli(['.', '--cache'], { cwd: dir });
    markStoredMessages(join(dir, '.replylintcache'));
    expect(runCli(['.', '-f', 'compact', '--cache'], { cwd: dir }).stdout).toContain('FROM THE CACHE');
    // Without --cache the cache is not read.
    expect(runCli(['.', '-f', 'compact'], { cwd: dir }).stdout).not.toContain('FROM THE CACHE');
  });

  it('re-lints a changed file and keeps the others', () => {
    const dir = copyOf('fixtures/cli/basic');
    runCli(['.', '--cache'], { cwd: dir });
    markStoredMessages(join(dir, '.replylintcache'));
    writeFileSync(join(dir, 'refund.md'), readFileSync(join(dir, 'refund.md'), 'utf8').replace('the the', 'the'));
    const lines = runCli(['.', '-f', 'compact', '--cache'], { cwd: dir }).stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('refund.md'))).toEqual(['refund.md:7:21: error Remove the repeated “on”. [repeated-words]']);
    expect(lines.filter((l) => l.startsWith('macros.yaml')).every((l) => l.includes('FROM THE CACHE'))).toBe(true);
  });

  it('re-lints everything when the config file or a --rule changes', () => {
    const dir = copyOf('fixtures/cli/basic');
    runCli(['.', '--cache'], { cwd: dir });
    markStoredMessages(join(dir, '.replylintcache'));
    const byRule = runCli(['.', '-f', 'compact', '--cache', '--rule', 'repeated-words: warn'], { cwd: dir });
    expect(byRule.stdout).not.toContain('FROM THE CACHE');
    expect(byRule.stdout).toContain('warning Remove the repeated');

    runCli(['.', '--cache'], { cwd: dir });
    markStoredMessages(join(dir, '.replylintcache'));
    writeFileSync(join(dir, '.replylintrc.yaml'), 'extends: []\nrules:\n  repeated-words: warn\n');
    const byConfig = runCli(['.', '-f', 'compact', '--cache'], { cwd: dir });
    expect(byConfig.stdout).not.toContain('FROM THE CACHE');
    expect(byConfig.stdout).toContain('warning Remove the repeated');
  });

  it('ignores a corrupt cache file and replaces it with a good one', () => {
    const dir = copyOf('fixtures/cli/basic');
    const cold = runCli(['.', '-f', 'json'], { cwd: dir });
    writeFileSync(join(dir, '.replylintcache'), '\u0000{garbage');
    const run = runCli(['.', '-f', 'json', '--cache'], { cwd: dir });
    expect(run.stdout).toBe(cold.stdout);
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(dir, '.replylintcache'), 'utf8'))).toHaveProperty('entries');
  });

  it('writes to --cache-location, a file or a folder', () => {
    const dir = copyOf('fixtures/cli/basic');
    runCli(['.', '--cache', '--cache-location', 'tmp/'], { cwd: dir });
    expect(existsSync(join(dir, 'tmp', '.replylintcache'))).toBe(true);
    runCli(['.', '--cache', '--cache-location', 'lint.cache'], { cwd: dir });
    expect(existsSync(join(dir, 'lint.cache'))).toBe(true);
    expect(existsSync(join(dir, '.replylintcache'))).toBe(false);
  });

  it('--fix still fixes files whose result came from the cache, and the next cached run reports the fixed text', () => {
    const dir = copyOf('fixtures/cli/basic');
    runCli(['.', '--cache'], { cwd: dir });
    runCli(['.', '--cache', '--fix'], { cwd: dir });
    const cached = runCli(['.', '-f', 'json', '--cache'], { cwd: dir });
    const cold = runCli(['.', '-f', 'json'], { cwd: dir });
    expect(cached.stdout).toBe(cold.stdout);
    expect(cold.stdout).not.toContain('tänään tänään');
    expect((JSON.parse(cold.stdout) as Array<{ errorCount: number }>).reduce((n, r) => n + r.errorCount, 0)).toBe(1);
  });
});
