// The pre-commit hook: the shipped manifest's shape, and the real pre-commit tool blocking a commit in a throwaway repository.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { BIN, ROOT, runCli } from './run-cli.js';

interface HookManifest {
  id: string;
  name: string;
  description: string;
  language: string;
  entry: string;
  types_or: string[];
  require_serial?: boolean;
  minimum_pre_commit_version?: string;
}

const [hook] = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookManifest[];
/** The flags the hook passes before the file names. */
const hookFlags = hook.entry.split(/\s+/).slice(1);

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const hasNpm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;
// Installing the hook as pre-commit does (`language: node`) runs npm install from the registry: opt in.
const installForReal = hasPreCommit && process.env.REPLYLINT_TEST_HOOK_INSTALL === '1';

const BAD_MD = '---\nlang: en\n---\nHi Sam,\n\nYour order is is on its way.\n\nBest regards,\nJane\n';
const GOOD_MD = '---\nlang: en\n---\nHi Sam,\n\nYour order is on its way.\n\nBest regards,\nJane\n';
const config = 'extends: []\nrules:\n  repeated-words: error\n';
const BAD_MACROS = 'macros:\n  - title: Shipping\n    lang: en\n    body: |\n      Hi,\n      it ships ships today.\n';

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 600_000,
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: undefined,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...env,
    },
  });
}

/** A git repository in a temporary folder, with pre-commit's cache kept inside the test's own folder. */
function throwawayRepo(files: Record<string, string>): { dir: string; git: (...args: string[]) => SpawnSyncReturns<string>; env: Record<string, string> } {
  const base = mkdtempSync(join(tmpdir(), 'replylint-hook-'));
  const dir = join(base, 'repo');
  mkdirSync(dir);
  const env = { PRE_COMMIT_HOME: join(base, 'pre-commit-cache') };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const git = (...args: string[]) => run('git', ['-c', 'commit.gpgsign=false', ...args], dir, env);
  expect(git('init', '-q', '-b', 'main').status).toBe(0);
  return { dir, git, env };
}

describe('the shipped .pre-commit-hooks.yaml', () => {
  it('declares the replylint hook for Markdown, YAML and plain-text files, installed with npm', () => {
    expect(hook).toMatchObject({ id: 'replylint', language: 'node' });
    expect(hook.entry.split(/\s+/)[0]).toBe('replylint');
    expect(hook.description.length).toBeGreaterThan(0);
    // identify's tags for .md/.markdown, .yaml/.yml and .txt: `text` would also send source code.
    expect([...hook.types_or].sort()).toEqual(['markdown', 'plain-text', 'yaml']);
  });

  it('passes flags that make named non-templates pass silently, while templates are still linted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-hook-flags-'));
    writeFileSync(join(dir, '.replylintrc.yaml'), config);
    writeFileSync(join(dir, 'settings.yml'), 'theme: dark\n');
    writeFileSync(join(dir, 'notes.json'), '{}\n');
    writeFileSync(join(dir, 'bad.md'), BAD_MD);
    const files = ['.replylintrc.yaml', 'settings.yml', 'notes.json'];
    expect(runCli(files, { cwd: dir }).code).toBe(1); // named without the hook's flags: reported
    const quiet = runCli([...hookFlags, ...files], { cwd: dir });
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    const bad = runCli([...hookFlags, ...files, 'bad.md'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad.md');
    expect(bad.stdout).not.toContain('settings.yml');
  });

  it.skipIf(!hasPreCommit)('is a valid pre-commit manifest', () => {
    const result = run('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], ROOT);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it.skipIf(!hasNpm)('keeps `npm pack` output to the tarball name, which pre-commit installs from', () => {
    // pre-commit runs `npm pack` in the hook repository and reads stdout as the file name; the project's
    // .npmrc must keep the `prepare` script's banner out of it. A stand-in package keeps dist/ untouched.
    const dir = mkdtempSync(join(tmpdir(), 'replylint-pack-'));
    cpSync(join(ROOT, '.npmrc'), join(dir, '.npmrc'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'stand-in', version: '1.0.0', scripts: { prepare: 'echo building' } }));
    const packed = run('npm', ['pack', '--dry-run'], dir, { npm_config_userconfig: join(dir, 'no-user-npmrc') });
    expect(packed.status, packed.stderr).toBe(0);
    expect(packed.stdout.trim()).toBe('stand-in-1.0.0.tgz');
  });
});

describe.skipIf(!hasPreCommit)('the hook run by the real pre-commit tool', () => {
  // The hook as the manifest declares it, but run from this checkout (a local hook needs no npm install).
  const localHook = {
    repos: [{ repo: 'local', hooks: [{ id: hook.id, name: hook.name, types_or: hook.types_or, require_serial: hook.require_serial, language: 'system', entry: `"${process.execPath}" "${BIN}" ${hookFlags.join(' ')}` }] }],
  };
  function repoWithHook() {
    const repo = throwawayRepo({ '.pre-commit-config.yaml': stringify(localHook), '.replylintrc.yaml': config, 'settings.yml': 'theme: dark\n', 'replies/good.md': GOOD_MD });
    const installed = run('pre-commit', ['install'], repo.dir, repo.env);
    expect(installed.status, installed.stderr).toBe(0);
    return repo;
  }

  it('lets a commit of good templates through, with YAML files of other shapes skipped silently', () => {
    const { git } = repoWithHook();
    git('add', '-A');
    const commit = git('commit', '-q', '-m', 'good replies');
    expect(commit.status, commit.stdout + commit.stderr).toBe(0);
    expect(commit.stdout + commit.stderr).toMatch(/replylint\.+Passed/);
  });

  it('blocks a commit of a bad template and says which file, line, column and rule', () => {
    const { dir, git } = repoWithHook();
    git('add', '-A');
    expect(git('commit', '-q', '-m', 'good replies').status).toBe(0);
    writeFileSync(join(dir, 'replies/bad.md'), BAD_MD);
    writeFileSync(join(dir, 'replies/macros.yaml'), BAD_MACROS);
    git('add', '-A');
    const commit = git('commit', '-m', 'bad replies');
    const output = commit.stdout + commit.stderr;
    expect(commit.status).not.toBe(0);
    expect(output).toMatch(/replylint\.+Failed/);
    expect(output).toContain('replies/bad.md');
    expect(output).toMatch(/6:15\s+error\s+Remove the repeated “is”/);
    expect(output).toContain('replies/macros.yaml');
    expect(output).toContain('repeated-words');
    expect(output).not.toContain('settings.yml');
    expect(output).not.toMatch(/\u001b\[/); // no colour codes in a log that is not a terminal
    expect(git('log', '--format=%s').stdout.trim()).toBe('good replies');
  });
});

describe.skipIf(!installForReal)('the shipped hook installed by pre-commit from a repository (REPLYLINT_TEST_HOOK_INSTALL=1)', () => {
  it('installs with npm and blocks a bad template', () => {
    // The repository as it would be pushed: every file git would track, copied into a fresh repository.
    const hookRepo = mkdtempSync(join(tmpdir(), 'replylint-hook-repo-'));
    const tracked = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).stdout.split('\0').filter(Boolean);
    for (const file of tracked) {
      try {
        mkdirSync(dirname(join(hookRepo, file)), { recursive: true });
        cpSync(join(ROOT, file), join(hookRepo, file));
      } catch {
        // A file deleted from the working tree but still in the index.
      }
    }
    const git = (...args: string[]) => run('git', ['-c', 'commit.gpgsign=false', ...args], hookRepo);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    expect(git('commit', '-q', '-m', 'hook').status).toBe(0);

    const { dir, env } = throwawayRepo({ 'bad.md': BAD_MD, 'settings.yml': 'theme: dark\n', '.replylintrc.yaml': config });
    run('git', ['add', '-A'], dir, env);
    const tried = run('pre-commit', ['try-repo', hookRepo, 'replylint', '--all-files'], dir, { ...env, npm_config_prefer_offline: 'true' });
    const output = tried.stdout + tried.stderr;
    expect(tried.status, output).toBe(1);
    expect(output).toMatch(/replylint\.+Failed/);
    expect(output).toContain('bad.md');
    expect(output).not.toContain('settings.yml');
  }, 600_000);
});
