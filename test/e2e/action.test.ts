// The GitHub Action: action.yml's script run as GitHub would run it, and the default format inside GitHub Actions.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, runCli } from './run-cli.js';

interface ActionInput {
  description: string;
  required?: boolean;
  default?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  runs: { using: string; steps: Array<{ shell: string; env: Record<string, string>; run: string }> };
}

const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const BASIC = join(ROOT, 'fixtures/cli/basic');

/**
 * Runs the action's one step the way the runner does: `${{ inputs.x }}` (given, else the input's default) and
 * `${{ github.action_path }}` are evaluated in its `env`, then the script runs with bash in `cwd`.
 */
function runAction(inputs: Record<string, string>, options: { cwd: string; actionPath?: string; path?: string }) {
  for (const name of Object.keys(inputs)) expect(action.inputs, `input ${name}`).toHaveProperty(name);
  const [step] = action.runs.steps;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(step.env)) {
    env[key] = value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
      if (expression === 'github.action_path') return options.actionPath ?? ROOT;
      const name = expression.replace(/^inputs\./, '');
      expect(action.inputs, `expression ${expression}`).toHaveProperty(name);
      return inputs[name] ?? action.inputs[name].default ?? '';
    });
    expect(env[key], `env ${key}`).not.toContain('${{');
  }
  const result = spawnSync('bash', ['-c', step.run], {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: 'true', ...(options.path ? { PATH: options.path } : {}), ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A folder whose templates only have warnings (repeated-words set to warn). */
function warningsOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-action-'));
  writeFileSync(join(dir, '.replylintrc.yaml'), 'extends: []\nrules:\n  repeated-words: warn\n');
  writeFileSync(join(dir, 'strict.yaml'), 'extends: []\nrules:\n  repeated-words: error\n');
  mkdirSync(join(dir, 'replies'));
  writeFileSync(join(dir, 'replies/typo.md'), '---\nlang: en\n---\nHi Sam,\n\nYour order is is on its way.\n\nJane\n');
  return dir;
}

/** A PATH whose `npx` only prints its arguments, so the command the action chooses can be seen without a registry. */
function fakeNpxPath(): string {
  const bin = mkdtempSync(join(tmpdir(), 'replylint-fake-npx-'));
  writeFileSync(join(bin, 'npx'), '#!/bin/sh\necho "npx $*"\n');
  chmodSync(join(bin, 'npx'), 0o755);
  return `${bin}:${process.env.PATH ?? ''}`;
}

describe('action.yml', () => {
  it('is a composite action whose inputs are documented, with annotations by default', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['config', 'fail-on-warnings', 'format', 'paths', 'sarif-file', 'version']);
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    expect(action.inputs.format.default).toBe('github');
  });

  it('writes GitHub annotations and fails the step on errors', () => {
    const run = runAction({}, { cwd: BASIC });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=refund\.md,line=7,endLine=7,col=21,endColumn=23,title=replylint \(repeated-words\)::/m);
  });

  it('passes on warnings unless fail-on-warnings is true', () => {
    const dir = warningsOnly();
    const relaxed = runAction({}, { cwd: dir });
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(/^::warning file=replies\/typo\.md,line=6,/m);
    const strict = runAction({ 'fail-on-warnings': 'true' }, { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('too many warnings');
  });

  it('lints only the given paths, with the given config and format', () => {
    const dir = warningsOnly();
    writeFileSync(join(dir, 'other.md'), '---\nlang: en\n---\nIt it is here.\n');
    const run = runAction({ paths: 'replies\n  replies/*.md', config: 'strict.yaml', format: 'compact' }, { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^replies\/typo\.md:6:15: error .*\[repeated-words\]$/)]);
  });

  it('writes a SARIF report beside the annotations when sarif-file is set, creating its folder', () => {
    const dir = warningsOnly();
    const ok = runAction({ 'sarif-file': 'out/replylint.sarif' }, { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('::warning file=replies/typo.md');
    const sarif = JSON.parse(readFileSync(join(dir, 'out/replylint.sarif'), 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(1);
  });

  it('runs the published package with npx when a version is given, or when its checkout is not built', () => {
    const dir = warningsOnly();
    const pinned = runAction({ version: '1.2.3', paths: 'a b' }, { cwd: dir, path: fakeNpxPath() });
    expect(pinned.stdout.trim()).toBe('npx --yes replylint@1.2.3 --format github -- a b');
    const release = mkdtempSync(join(tmpdir(), 'replylint-release-'));
    writeFileSync(join(release, 'package.json'), JSON.stringify({ name: 'replylint', version: '9.8.7' }));
    const unbuilt = runAction({ 'fail-on-warnings': 'true' }, { cwd: dir, actionPath: release, path: fakeNpxPath() });
    expect(unbuilt.stdout.trim()).toBe('npx --yes replylint@9.8.7 --format github --max-warnings 0 -- .');
  });
});

describe('the default format inside GitHub Actions', () => {
  it('stays stylish when GITHUB_ACTIONS=true: annotations are asked for with --format github', () => {
    const plain = runCli(['.'], { cwd: BASIC });
    const inActions = runCli(['.'], { cwd: BASIC, env: { GITHUB_ACTIONS: 'true' } });
    expect(inActions).toEqual(plain);
    expect(inActions.stdout).not.toContain('::error');
    expect(inActions.stdout).toMatch(/✖ \d+ problems/);
  });
});
