// Worker threads change how fast a run is, never what it reports: JSON output with and without workers is byte-identical.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compact } from '../../src/format/compact.js';
import { json } from '../../src/format/json.js';
import { stylish } from '../../src/format/stylish.js';
import { lint as lintApi } from '../../src/index.js';
import { AUTO_MIN_FILES, threadCount } from '../../src/run/worker-pool.js';
import { ROOT, runCli } from '../e2e/run-cli.js';

// The benchmark's generator (issue 6) lives in the engineers' shared folder beside the checkout.
const GENERATOR = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');

describe('threadCount', () => {
  it('keeps small runs on one thread under auto, where starting a worker costs more than it saves', () => {
    expect(threadCount('auto', AUTO_MIN_FILES - 1, 8)).toBe(1);
    expect(threadCount(undefined, 10, 8)).toBe(1);
  });

  it('uses the cores for large runs under auto, never more than there are', () => {
    expect(threadCount('auto', 10_000, 2)).toBe(2);
    expect(threadCount('auto', 10_000, 16)).toBe(16);
  });

  it('takes an explicit number as given, but never more threads than chunks of files', () => {
    expect(threadCount(1, 10_000, 8)).toBe(1);
    expect(threadCount(3, 10_000, 2)).toBe(3);
    expect(threadCount(8, 20, 8)).toBe(2);
  });
});

describe('--concurrency', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'replylint-concurrency-'));
    cpSync(join(ROOT, 'fixtures', 'rules'), join(dir, 'fixtures'), { recursive: true });
    if (existsSync(GENERATOR)) {
      execFileSync(process.execPath, [GENERATOR, '--out', join(dir, 'generated'), '--files', '400', '--yaml-macros', '100', '--seed', 'concurrency'], { stdio: 'ignore' });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lint = (...args: string[]) => runCli(['.', '-f', 'json', ...args], { cwd: dir });

  it('reports the same results in the same order with workers as on one thread (rule fixtures and a generated corpus)', () => {
    const single = lint('--concurrency', '1');
    expect(single.stderr).toBe('');
    const results = JSON.parse(single.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(results.length).toBeGreaterThan(existsSync(GENERATOR) ? 450 : 50);
    expect(results.some((r) => r.messages.length > 0)).toBe(true);
    for (const threads of ['3', 'auto']) {
      const parallel = lint('--concurrency', threads);
      expect({ threads, code: parallel.code, stderr: parallel.stderr }).toEqual({ threads, code: single.code, stderr: single.stderr });
      expect(parallel.stdout === single.stdout, `--concurrency ${threads} differs`).toBe(true);
    }
  }, 180_000);

  it('prints stylish, compact and json file by file, on one thread or several, exactly as the formatter prints the whole run', async () => {
    const all = await lintApi(['.'], { cwd: dir });
    const withProblems = all.filter((r) => r.messages.length > 0 || r.notices.length > 0);
    expect(withProblems.length).toBeGreaterThan(existsSync(GENERATOR) ? 300 : 40);
    const options = { color: false, cwd: dir };
    const wholeRun: Record<string, string> = {
      stylish: stylish(withProblems, options) + '\n',
      compact: compact(withProblems, options) + '\n',
      json: json(all, options) + '\n',
    };
    for (const [format, whole] of Object.entries(wholeRun)) {
      for (const threads of ['1', '3']) {
        const streamed = runCli(['.', '-f', format, '--concurrency', threads], { cwd: dir, env: { NO_COLOR: '1' } });
        expect(streamed.stdout === whole, `${format}, --concurrency ${threads}: prints what the formatter returns`).toBe(true);
      }
    }
  }, 300_000);

  it('computes the same fixes on worker threads (--fix-dry-run)', () => {
    const single = lint('--fix-dry-run', '--concurrency', '1');
    expect(single.stdout).toContain('"output"');
    expect(lint('--fix-dry-run', '--concurrency', '2').stdout === single.stdout).toBe(true);
  }, 120_000);

  it('writes fixes from worker threads as it does from one', () => {
    const copy = (name: string) => {
      const target = join(dir, '..', `${name}-${Date.now()}`);
      cpSync(join(dir, 'fixtures'), target, { recursive: true });
      return target;
    };
    const [one, two] = [copy('one'), copy('two')];
    try {
      runCli(['.', '--fix', '--concurrency', '1'], { cwd: one });
      runCli(['.', '--fix', '--concurrency', '3'], { cwd: two });
      const files = (root: string) => execFileSync('find', ['.', '-type', 'f'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
      expect(files(two)).toEqual(files(one));
      const changed = files(one).filter((file) => readFileSync(join(one, file), 'utf8') !== readFileSync(join(dir, 'fixtures', file), 'utf8'));
      expect(changed.length).toBeGreaterThan(0);
      for (const file of files(one)) expect(readFileSync(join(two, file), 'utf8'), file).toBe(readFileSync(join(one, file), 'utf8'));
    } finally {
      rmSync(one, { recursive: true, force: true });
      rmSync(two, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a thread count that is not a positive whole number', () => {
    const run = lint('--concurrency', '0');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--concurrency/);
  });
});
