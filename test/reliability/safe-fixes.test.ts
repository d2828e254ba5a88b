// --fix never loses a template, and a crashing rule or a vanishing file never stops the run (issue 7).
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogOf, loadCatalog, type Catalog } from '../../src/catalog/load-catalog.js';
import { lintCommand } from '../../src/cli/lint-command.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { writeFixedFile } from '../../src/fix/write.js';
import { readTemplateFile } from '../../src/files/read.js';
import { runTimed, STACK_FRAME } from './cli-run.js';

const FIXABLE = '---\nlang: en\n---\nHello,\n\nThanks for the the message.\n\nJane\n';
const FIXED = '---\nlang: en\n---\nHello,\n\nThanks for the message.\n\nJane\n';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'replylint-fix-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('--fix writes only what it should, the way it should', () => {
  it('on standard input prints the fixed text to stdout and the report to stderr', async () => {
    const run = await runTimed(['--stdin', '--stdin-filename', 'reply.md', '--fix'], dir, 30_000, FIXABLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(FIXED);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(readdirSync(dir)).toEqual([]); // nothing written next to it
  });

  it('keeps the file mode, CRLF line endings and the BOM', async () => {
    const file = join(dir, 'reply.md');
    writeFileSync(file, `\uFEFF${FIXABLE.replace(/\n/g, '\r\n')}`);
    chmodSync(file, 0o640);
    const run = await runTimed(['--fix', 'reply.md'], dir, 30_000);
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(`\uFEFF${FIXED.replace(/\n/g, '\r\n')}`);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['reply.md']); // the temporary file was renamed, not left behind
  });

  it('through a symlink fixes the target and leaves the link a link', async () => {
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'reply.md'), FIXABLE);
    symlinkSync(join('real', 'reply.md'), join(dir, 'link.md'));
    const run = await runTimed(['--fix', 'link.md'], dir, 30_000);
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'reply.md'), 'utf8')).toBe(FIXED);
  });

  it('never writes a file it was not asked to lint: ignored files, other extensions, files outside the paths', async () => {
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'asked.md'), FIXABLE);
    writeFileSync(join(dir, 'templates', 'ignored.md'), FIXABLE);
    writeFileSync(join(dir, 'templates', 'notes.html'), FIXABLE);
    writeFileSync(join(dir, 'outside.md'), FIXABLE);
    writeFileSync(join(dir, '.replylintignore'), 'templates/ignored.md\n');
    const run = await runTimed(['--fix', 'templates'], dir, 30_000);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'templates', 'asked.md'), 'utf8')).toBe(FIXED);
    for (const untouched of ['templates/ignored.md', 'templates/notes.html', 'outside.md']) expect(readFileSync(join(dir, untouched), 'utf8')).toBe(FIXABLE);
  });

  it('skips a file that changed on disk since it was read, and says so', async () => {
    const file = join(dir, 'reply.md');
    writeFileSync(file, FIXABLE);
    const read = await readTemplateFile(file);
    if ('error' in read) throw new Error(read.error);
    const edited = FIXABLE.replace('Jane', 'Joan'); // same size: only the bytes tell
    writeFileSync(file, edited);
    const outcome = await writeFixedFile(file, FIXED, { text: read.text, bom: read.bom, mtimeMs: read.mtimeMs ?? 0, size: read.size ?? 0 });
    expect(outcome).toEqual({ written: false, reason: 'changed on disk since it was read' });
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('skips a file deleted since it was read, without creating it again', async () => {
    const file = join(dir, 'reply.md');
    writeFileSync(file, FIXABLE);
    const read = await readTemplateFile(file);
    if ('error' in read) throw new Error(read.error);
    unlinkSync(file);
    const outcome = await writeFixedFile(file, FIXED, { text: read.text, bom: read.bom, mtimeMs: read.mtimeMs ?? 0, size: read.size ?? 0 });
    expect(outcome).toEqual({ written: false, reason: 'deleted since it was read' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a rule that throws, and a file that vanishes mid-run', () => {
  let builtin: Catalog;
  beforeAll(async () => void (builtin = await loadCatalog()), 30_000);

  const meta = { description: 'test double', severity: 'error', fixable: false, hasSuggestions: false, messages: { m: 'x' } } as const;
  /** The built-in rules plus `extra`, as the CLI would load them. */
  const withRules = (...extra: Rule[]): Catalog =>
    catalogOf([...builtin.rules, ...extra.map((rule) => ({ rule, data: new Map() }))], builtin.languages, builtin.docsFile);

  async function lint(catalog: Catalog, paths: string[], rules: string[]): Promise<{ code: number; results: Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await lintCommand(paths, { format: ['json'], color: false, rule: rules }, catalog, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, results: JSON.parse(stdout), stderr };
  }

  it('becomes a rule-error naming the rule, in the file it failed on; other rules and files still run; exit 2', async () => {
    const boom = defineRule({ meta: { ...meta, id: 'boom' }, check: (reply) => { if (reply.text.includes('explode')) throw new Error('kaboom'); } });
    writeFileSync(join(dir, 'a.md'), '---\nlang: en\n---\nHello, explode. Please open a ticket.\n\nJane\n');
    writeFileSync(join(dir, 'b.md'), '---\nlang: en\n---\nHello, please open a ticket.\n\nJane\n');
    const run = await lint(withRules(boom), ['a.md', 'b.md'], ['boom: error']);
    expect(run.code).toBe(2);
    const [a, b] = run.results;
    expect(a.messages.find((m) => m.ruleId === 'rule-error')?.message).toBe('Rule “boom” failed: kaboom');
    expect(a.messages.map((m) => m.ruleId)).toContain('jargon'); // the other rules ran on the same file
    expect(b.messages.map((m) => m.ruleId)).toEqual(['jargon']); // and the next file was linted
  });

  it('a report with a span the engine cannot map is a rule-error too, not a crash', async () => {
    const bad = defineRule({ meta: { ...meta, id: 'bad-span' }, check: (_reply, { report }) => report({ messageId: 'm', at: undefined as never }) });
    writeFileSync(join(dir, 'a.md'), 'Hello\n');
    const run = await lint(withRules(bad), ['a.md'], ['bad-span: error']);
    expect(run.code).toBe(2);
    expect(run.results[0].messages.map((m) => m.ruleId)).toEqual(['rule-error']);
  });

  it('a file deleted while the run is going on is a parse-error for that file; the run continues', async () => {
    // The rule deletes z.md while a.md is linted: after the folder was listed, before z.md is read.
    const deleter = defineRule({ meta: { ...meta, id: 'deleter', severity: 'warn' }, check: () => rmSync(join(dir, 'folder', 'z.md'), { force: true }) });
    mkdirSync(join(dir, 'folder'));
    for (const name of ['a.md', 'z.md']) writeFileSync(join(dir, 'folder', name), '---\nlang: en\n---\nHello, we sent it.\n\nJane\n');
    const run = await lint(withRules(deleter), ['folder'], ['deleter: warn']);
    expect(run.results.map((r) => [r.filePath.replace(/.*folder\//, ''), r.messages.map((m) => `${m.ruleId}: ${m.message}`)])).toEqual([
      ['a.md', []],
      ['z.md', ['parse-error: no such file or directory']],
    ]);
    expect(run.code).toBe(1);
  });
});
