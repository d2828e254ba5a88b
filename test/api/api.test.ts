// The public API: lint, lintText, loadConfig and formatters behave as the command line does, and fail with typed errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  PathError,
  formatterNames,
  formatters,
  getFormatter,
  lint,
  lintText,
  loadConfig,
  ruleSummaries,
  version,
  type FileResult,
} from '../../src/index.js';
import { ROOT, runCli } from '../e2e/run-cli.js';

const BASIC = join(ROOT, 'fixtures/cli/basic');

/** A folder with a config that turns on repeated-words only, and the given files. */
function project(files: Record<string, string>, config = 'extends: []\nrules:\n  repeated-words: error\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-api-'));
  writeFileSync(join(dir, '.replylintrc.yaml'), config);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const TYPO = '---\nlang: en\n---\nHi Sam,\n\nYour order is is on its way.\n\nBest regards,\nJane\n';
const CLEAN = '---\nlang: en\n---\nHi Sam,\n\nYour order is on its way.\n\nBest regards,\nJane\n';
const ruleIds = (result: FileResult) => result.messages.map((m) => m.ruleId);

describe('lint()', () => {
  it('returns the same results as the command line’s JSON report', async () => {
    const results = await lint(['.'], { cwd: BASIC });
    const cli = JSON.parse(runCli(['.', '--format', 'json'], { cwd: BASIC }).stdout) as FileResult[];
    expect(results.map((r) => r.filePath)).toEqual(cli.map((r) => r.filePath));
    expect(results.map((r) => r.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.endLine, m.endColumn]))).toEqual(
      cli.map((r) => r.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.endLine, m.endColumn])),
    );
    expect(results.reduce((n, r) => n + r.errorCount, 0)).toBeGreaterThan(0);
  });

  it('returns clean files too, and leaves a YAML file of another shape out', async () => {
    const dir = project({ 'clean.md': CLEAN, 'typo.md': TYPO, 'settings.yaml': 'theme: dark\n' });
    const results = await lint([], { cwd: dir });
    expect(results.map((r) => [r.filePath, r.errorCount])).toEqual([
      [join(dir, 'clean.md'), 0],
      [join(dir, 'typo.md'), 1],
    ]);
  });

  it('applies overrideConfig after the config file, as --rule does', async () => {
    const dir = project({ 'typo.md': TYPO });
    const [off] = await lint(['typo.md'], { cwd: dir, overrideConfig: ['repeated-words: off'] });
    expect(off.messages).toEqual([]);
    const [warn] = await lint(['typo.md'], { cwd: dir, overrideConfig: ['repeated-words: warn'] });
    expect(warn.messages.map((m) => m.severity)).toEqual(['warn']);
  });

  it('uses the config file given with `config` instead of the one it would find', async () => {
    const dir = project({ 'typo.md': TYPO, 'strict/off.yaml': 'extends: []\nrules:\n  repeated-words: off\n' });
    expect((await lint(['typo.md'], { cwd: dir }))[0].errorCount).toBe(1);
    expect((await lint(['typo.md'], { cwd: dir, config: 'strict/off.yaml' }))[0].messages).toEqual([]);
  });

  it('rejects with ConfigError naming the file and key for an invalid config', async () => {
    const dir = project({ 'typo.md': TYPO }, 'rules:\n  repeated-wrds: error\n');
    const error = await lint(['.'], { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const [problem] = (error as ConfigError).problems;
    expect(problem.file).toBe(join(dir, '.replylintrc.yaml'));
    expect(problem.path).toContain('repeated-wrds');
  });

  it('rejects with ConfigError for a missing config file and for an unknown rule in overrideConfig', async () => {
    const dir = project({ 'typo.md': TYPO });
    await expect(lint(['.'], { cwd: dir, config: 'nope.yaml' })).rejects.toBeInstanceOf(ConfigError);
    await expect(lint(['.'], { cwd: dir, overrideConfig: ['jargn: error'] })).rejects.toBeInstanceOf(ConfigError);
  });

  it('rejects with PathError listing every path that does not exist', async () => {
    const dir = project({ 'typo.md': TYPO });
    const error = await lint(['typo.md', 'missing.md', 'gone/'], { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PathError);
    expect((error as PathError).problems.map((p) => p.path)).toEqual([join(dir, 'missing.md'), join(dir, 'gone')]);
  });

  it('fixDryRun puts the fixed text in output and leaves the file alone; fix writes it', async () => {
    const dir = project({ 'typo.md': TYPO });
    const [dry] = await lint(['typo.md'], { cwd: dir, fixDryRun: true });
    expect(dry.output).toBe(CLEAN);
    expect(readFileSync(join(dir, 'typo.md'), 'utf8')).toBe(TYPO);
    const [fixed] = await lint(['typo.md'], { cwd: dir, fix: true });
    expect(fixed.errorCount).toBe(0);
    expect(readFileSync(join(dir, 'typo.md'), 'utf8')).toBe(CLEAN);
  });

  it('reports a named YAML file that is not a macro collection, unless skipNonTemplates is set', async () => {
    const dir = project({ 'typo.md': TYPO, 'settings.yaml': 'theme: dark\n', 'package.json': '{}' });
    const named = await lint(['typo.md', 'settings.yaml'], { cwd: dir });
    expect(named.map(ruleIds)).toEqual([['repeated-words'], ['parse-error']]);
    const skipped = await lint(['typo.md', 'settings.yaml', 'package.json'], { cwd: dir, skipNonTemplates: true });
    expect(skipped.map((r) => r.filePath)).toEqual([join(dir, 'typo.md')]);
  });
});

describe('lintText()', () => {
  it('lints text under a file name that decides the format and the config that applies', async () => {
    const dir = project({});
    const result = await lintText(TYPO, { filePath: 'replies/draft.md', cwd: dir });
    expect(result.filePath).toBe(join(dir, 'replies/draft.md'));
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([['repeated-words', 6, 15, 17]]);
  });

  it('reads a YAML macro collection and puts positions inside the scalar', async () => {
    const dir = project({});
    const yaml = '- title: Shipping\n  body: |\n    Hi,\n    it ships ships today.\n';
    const result = await lintText(yaml, { filePath: 'macros.yaml', cwd: dir });
    expect(result.messages.map((m) => [m.template, m.line, m.column])).toEqual([['Shipping', 4, 14]]);
  });

  it('returns the fixed text in output when asked to fix', async () => {
    const dir = project({});
    expect((await lintText(TYPO, { filePath: 'a.md', cwd: dir, fix: true })).output).toBe(CLEAN);
  });

  it('rejects with ConfigError for an invalid config', async () => {
    const dir = project({}, 'lang: fi\nrulez: {}\n');
    await expect(lintText(TYPO, { filePath: 'a.md', cwd: dir })).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('loadConfig()', () => {
  it('gives the settings that apply to a file, overrides and overrideConfig included', async () => {
    const dir = project({}, 'extends: []\nrules:\n  repeated-words: error\noverrides:\n  - files: ["drafts/**"]\n    rules: {repeated-words: off}\n');
    const configuration = await loadConfig({ cwd: dir });
    expect(configuration.filePath).toBe(join(dir, '.replylintrc.yaml'));
    expect(configuration.forFile(join(dir, 'a.md')).rules['repeated-words'].severity).toBe('error');
    expect(configuration.forFile(join(dir, 'drafts/a.md')).rules['repeated-words'].severity).toBe('off');
    const overridden = await loadConfig({ cwd: dir, overrideConfig: ['repeated-words: info'] });
    expect(overridden.toJSON(join(dir, 'drafts/a.md')).rules['repeated-words'].severity).toBe('info');
  });

  it('matches what --print-config prints', async () => {
    const configuration = await loadConfig({ cwd: BASIC });
    const printed: unknown = JSON.parse(runCli(['--print-config', 'refund.md'], { cwd: BASIC }).stdout);
    expect(configuration.toJSON(join(BASIC, 'refund.md'))).toEqual(printed);
  });

  it('rejects with ConfigError for a config file that does not exist', async () => {
    await expect(loadConfig({ cwd: BASIC, config: 'missing.yaml' })).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('formatters', () => {
  it('has every format the command line accepts', () => {
    expect(Object.keys(formatters)).toEqual([...formatterNames]);
    expect(formatterNames).toEqual(expect.arrayContaining(['stylish', 'json', 'compact', 'sarif', 'github', 'junit', 'gitlab']));
    expect(getFormatter('sarif')).toBe(formatters.sarif);
    expect(getFormatter('nope')).toBeUndefined();
  });

  it('print what the command line prints for the same results', async () => {
    const results = await lint(['.'], { cwd: BASIC });
    const compact = formatters.compact(results.filter((r) => r.messages.length > 0), { cwd: BASIC, color: false });
    expect(compact + '\n').toBe(runCli(['.', '--format', 'compact'], { cwd: BASIC }).stdout);
    const options = { cwd: BASIC, color: false, rules: await ruleSummaries(), toolVersion: await version() };
    const sarif = JSON.parse(formatters.sarif(results, options)) as { runs: Array<{ tool: { driver: { rules: unknown[] } } }> };
    const cliSarif = JSON.parse(runCli(['.', '--format', 'sarif'], { cwd: BASIC }).stdout) as typeof sarif;
    expect(sarif).toEqual(cliSarif);
  });
});

describe('the package entry point', () => {
  it('resolves `replylint` to the built API with its type declarations', () => {
    const script = "const api = await import('replylint'); console.log(Object.keys(api).filter((k) => ['lint', 'lintText', 'loadConfig', 'formatters', 'defineRule', 'RuleTester'].includes(k)).sort().join(','));";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('RuleTester,defineRule,formatters,lint,lintText,loadConfig');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { types: string };
    expect(existsSync(join(ROOT, pkg.types))).toBe(true);
  });
});
