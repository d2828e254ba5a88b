// Config placeholder patterns come from users: a catastrophic one is refused with a config message, never run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTimed, STACK_FRAME } from './cli-run.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'replylint-pattern-'));
  // A reply that makes each of the patterns below backtrack for minutes if it ever ran.
  writeFileSync(join(dir, 'reply.md'), `---\nlang: en\n---\nHello ${'a'.repeat(40)}! ${'word '.repeat(30)}\n\nJane\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The config as YAML, each pattern single-quoted. */
const config = (patterns: string[]) => `placeholders:\n${patterns.map((p) => `  - '${p.replace(/'/g, "''")}'`).join('\n')}\n`;

describe('config placeholders', () => {
  it.each(['(a+)+$', '(a|aa)+$', '(\\w+\\s?)+$', '^(([a-z])+.)+[A-Z]([a-z])+$'])(
    'refuses %s with a message naming the key, and exits 2 at once',
    async (pattern) => {
      writeFileSync(join(dir, '.replylintrc.yaml'), config(['<OTRS_[A-Z_]+>', pattern]));
      const run = await runTimed(['reply.md'], dir, 20_000);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('placeholders[1]');
      expect(run.stderr).toMatch(/can take (exponential|polynomial \(degree \d+\)) time on some texts and hang the linter/);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    },
    30_000,
  );

  it('accepts linear patterns and uses them', async () => {
    writeFileSync(join(dir, '.replylintrc.yaml'), config(['<OTRS_[A-Z_]+>', '\\[Name\\]']));
    writeFileSync(join(dir, 'reply.md'), '---\nlang: en\n---\nHello <OTRS_CUSTOMER_REALNAME>,\n\nwe sent it again.\n\n[Name]\n');
    const run = await runTimed(['-f', 'json', 'reply.md'], dir, 20_000);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});
