// End to end: a recorded baseline lets the built CLI fail only on new problems.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../e2e/run-cli.js';

const MACROS = `macros:
  - title: Refund
    lang: en
    body: |
      Hi, your refund is is on its way.
  - title: Apology
    lang: en
    body: |
      Hi, sorry sorry for the wait.
`;
const REPLY = '---\nlang: en\n---\nThanks thanks for writing.\n';

/** A library with one repeated word in each template; repeated-words is an error. */
function library(): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-suppress-e2e-'));
  writeFileSync(join(dir, '.replylintrc.yaml'), 'extends: []\nrules:\n  repeated-words: error\n');
  writeFileSync(join(dir, 'macros.yaml'), MACROS);
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'en', 'reply.md'), REPLY);
  return dir;
}

const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
const json = (stdout: string) => JSON.parse(stdout) as Array<{ filePath: string; messages: unknown[]; suppressedMessages: Array<{ suppressions: unknown }>; errorCount: number }>;

describe('replylint --suppress-all and later runs', { timeout: 90_000 }, () => {
  it('records counts per file, template and rule (no line numbers), sorted, and the next run passes', () => {
    const dir = library();
    expect(runCli(['.'], { cwd: dir }).code).toBe(1);
    const recording = runCli(['.', '--suppress-all'], { cwd: dir });
    expect(recording.code).toBe(0);
    expect(recording.stderr).toContain('replylint-suppressions.json: 3 problems suppressed');
    expect(readFileSync(join(dir, 'replylint-suppressions.json'), 'utf8')).toBe(
      [
        '{',
        '  "en/reply.md": {',
        '    "": {',
        '      "repeated-words": { "count": 1 }',
        '    }',
        '  },',
        '  "macros.yaml": {',
        '    "Apology": {',
        '      "repeated-words": { "count": 1 }',
        '    },',
        '    "Refund": {',
        '      "repeated-words": { "count": 1 }',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const later = runCli(['.'], { cwd: dir });
    expect(later.code).toBe(0);
    expect(later.stdout).toBe('');
  });

  it('lists the silenced problems under suppressedMessages in JSON, uncounted', () => {
    const dir = library();
    runCli(['.', '--suppress-all'], { cwd: dir });
    const results = json(runCli(['.', '-f', 'json'], { cwd: dir }).stdout);
    expect(results.map((r) => [r.messages.length, r.suppressedMessages.length, r.errorCount])).toEqual([[0, 1, 0], [0, 2, 0]]);
    expect(results[0].suppressedMessages[0].suppressions).toEqual([{ kind: 'file', justification: '' }]);
  });

  it('stays valid when lines move, and fails on a problem in a template that had none of that rule', () => {
    const dir = library();
    runCli(['.', '--suppress-all'], { cwd: dir });
    edit(join(dir, 'en', 'reply.md'), '---\n', '---\n\n\n');
    edit(join(dir, 'macros.yaml'), 'macros:\n', 'macros:\n  - title: Welcome\n    lang: en\n    body: Hello hello there.\n');
    const run = runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual(['macros.yaml:4:17: error Remove the repeated “hello”. [repeated-words]']);
  });

  it('reports every problem of a template whose count grew, and says so', () => {
    const dir = library();
    runCli(['.', '--suppress-all'], { cwd: dir });
    edit(join(dir, 'macros.yaml'), 'sorry sorry for the wait.', 'sorry sorry for the the wait.');
    const run = runCli(['.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('“sorry”');
    expect(run.stdout).toContain('“the”');
    expect(run.stdout).not.toContain('“is”');
    expect(run.stdout).toContain('1 suppressed problem of rule repeated-words in “Apology” grew to 2');
  });

  it('--prune-suppressions drops what was fixed; fewer problems than recorded pass silently until then', () => {
    const dir = library();
    runCli(['.', '--suppress-all'], { cwd: dir });
    edit(join(dir, 'macros.yaml'), 'is is', 'is');
    expect(runCli(['.'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
    const prune = runCli(['.', '--prune-suppressions'], { cwd: dir });
    expect(prune.code).toBe(0);
    expect(prune.stderr).toContain('pruned 1 of 3');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'replylint-suppressions.json'), 'utf8'))['macros.yaml'])).toEqual(['Apology']);
    // The fixed problem is not silenced any more.
    edit(join(dir, 'macros.yaml'), 'refund is on', 'refund is is on');
    expect(runCli(['.'], { cwd: dir }).code).toBe(1);
  });

  it('--suppress-rule records only that rule, and warnings are recorded too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-suppress-e2e-'));
    cpSync(join(ROOT, 'fixtures/demo'), dir, { recursive: true });
    const before = runCli(['.', '-f', 'json', '--max-warnings', '0'], { cwd: dir });
    expect(before.code).toBe(1);
    runCli(['.', '--suppress-rule', 'jargon'], { cwd: dir });
    const recorded = readFileSync(join(dir, 'replylint-suppressions.json'), 'utf8');
    expect(recorded).toContain('"jargon"');
    expect(recorded).not.toContain('"no-name"');
    const after = runCli(['.', '-f', 'compact'], { cwd: dir }).stdout;
    expect(after).not.toContain('[jargon]');
    expect(after).toContain('[no-name]');
    runCli(['.', '--suppress-all'], { cwd: dir });
    expect(runCli(['.', '--max-warnings', '0'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('uses --suppressions-location for recording and applying, with file names relative to it', () => {
    const dir = library();
    runCli(['.', '--suppress-all', '--suppressions-location', 'ci/baseline.json'], { cwd: dir });
    expect(existsSync(join(dir, 'replylint-suppressions.json'))).toBe(false);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'ci', 'baseline.json'), 'utf8')))).toEqual(['../en/reply.md', '../macros.yaml']);
    expect(runCli(['.', '--suppressions-location', 'ci/baseline.json'], { cwd: dir }).code).toBe(0);
    expect(runCli(['.'], { cwd: dir }).code).toBe(1);
    // Linting from a subfolder finds the same entries through the same file.
    expect(runCli(['.', '--suppressions-location', '../ci/baseline.json', '-c', '../.replylintrc.yaml'], { cwd: join(dir, 'en') }).code).toBe(0);
  });

  it('stops with exit 2 and names the file when the suppressions file is malformed', () => {
    const dir = library();
    writeFileSync(join(dir, 'replylint-suppressions.json'), '{"macros.yaml": {"Refund": {"repeated-words": {"count": "two"}}}}');
    const run = runCli(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^replylint: replylint-suppressions\.json: .*“macros\.yaml” → “Refund” → “repeated-words”/);
  });

  it('refuses to record from standard input or two updates at once (exit 2)', () => {
    const dir = library();
    expect(runCli(['--stdin', '--suppress-all'], { cwd: dir, input: REPLY }).code).toBe(2);
    const both = runCli(['.', '--suppress-all', '--prune-suppressions'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('cannot be used together');
  });

  it('composes with --cache: cached results are suppressed exactly like fresh ones', () => {
    const dir = library();
    runCli(['.', '--cache', '--suppress-all'], { cwd: dir });
    edit(join(dir, 'en', 'reply.md'), 'for writing', 'for for writing');
    const fresh = runCli(['.', '-f', 'json'], { cwd: dir });
    const cached = runCli(['.', '-f', 'json', '--cache'], { cwd: dir });
    const again = runCli(['.', '-f', 'json', '--cache'], { cwd: dir });
    expect(cached.stdout).toBe(fresh.stdout);
    expect(again.stdout).toBe(fresh.stdout);
    expect(json(fresh.stdout).map((r) => [r.errorCount, r.suppressedMessages.length])).toEqual([[2, 0], [0, 2]]);
  });
});
