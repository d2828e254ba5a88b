// Spawns the built command on hostile input with a time bound, and keeps a scratch folder per test.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/replylint.js', import.meta.url));
export const BAD = fileURLToPath(new URL('../../fixtures/bad/', import.meta.url));

export interface TimedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs `replylint args` in `cwd`; kills it after `limitMs` (then `timedOut` is true). */
export function runTimed(args: string[], cwd: string, limitMs: number, input?: string): Promise<TimedRun> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined },
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started, timedOut });
    });
    child.stdin.end(input ?? '');
  });
}

/** A fresh folder holding a copy of fixtures/bad (so nothing a test does touches the repository). */
export function scratchWithFixtures(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-bad-'));
  cpSync(BAD, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A stack trace line as Node prints it. */
export const STACK_FRAME = /^ {4}at /m;
