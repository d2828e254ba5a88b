// End-to-end: the built CLI on fixture folders, compared with reviewed expected outputs.
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, runCli } from './run-cli.js';

const BASIC = join(ROOT, 'fixtures/cli/basic');
/** Expected outputs live beside the scenario folder, so that linting the folder does not lint them. */
const EXPECTED = join(ROOT, 'fixtures/cli/basic.expected');
const UPDATE = process.env.UPDATE_EXPECTED === '1';

/** Compares with a stored expectation (written when UPDATE_EXPECTED=1, for review in the diff). */
function expectStored(actual: string, file: string) {
  if (UPDATE || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const copyOf = (dir: string) => {
  const to = mkdtempSync(join(tmpdir(), 'replylint-e2e-'));
  cpSync(dir, to, { recursive: true });
  return to;
};

describe('replylint on a folder of Markdown and YAML templates', () => {
  it('prints the stylish report with exact positions and exits 1 on errors', () => {
    const run = runCli(['.'], { cwd: BASIC });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expectStored(run.stdout, join(EXPECTED, 'stylish.txt'));
  });

  it('prints ESLint-compatible JSON', () => {
    const run = runCli(['.', '--format', 'json'], { cwd: BASIC });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    for (const r of results) r.filePath = r.filePath.replace(BASIC, '<dir>');
    expectStored(JSON.stringify(results, null, 2) + '\n', join(EXPECTED, 'results.json'));
  });

  it('skips a YAML file of another shape found in a folder, and reports it when named', () => {
    expect(runCli(['.', '-f', 'compact'], { cwd: BASIC }).stdout).not.toContain('not-macros.yml');
    const named = runCli(['not-macros.yml', '-f', 'compact'], { cwd: BASIC });
    expect(named.code).toBe(1);
    expect(named.stdout).toMatch(/not-macros\.yml:1:1: error Not a macro collection.*\[parse-error\]/);
  });

  it('--fix repairs every scalar style, keeps the YAML valid, and a second run changes nothing', () => {
    const dir = copyOf(BASIC);
    chmodSync(join(dir, 'macros.yaml'), 0o640);
    const first = runCli(['.', '--fix'], { cwd: dir });
    expect(first.code).toBe(1); // "on **on**" cannot be fixed without touching the markup
    const fixed = readFileSync(join(dir, 'macros.yaml'), 'utf8');
    const bodies = (parseYaml(fixed) as { macros: { body: string }[] }).macros.map((m) => m.body);
    expect(bodies).toEqual(['Hei,\n\nPaketti lähti tänään matkaan.\n', 'Hei, paketti on matkalla.\n', 'Hi,\n\nIt is "done" now.', "It's very simple.", 'Thanks for waiting.', 'Fine fine.']);
    expectStored(fixed, join(EXPECTED, 'fixed-macros.yaml'));
    const second = runCli(['.', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'macros.yaml'), 'utf8')).toBe(fixed);
    expect(second.stdout).toContain('1 problem');
  });

  it('--fix-dry-run writes nothing and shows the output in JSON', () => {
    const dir = copyOf(BASIC);
    const before = readFileSync(join(dir, 'refund.md'), 'utf8');
    const run = runCli(['refund.md', '--fix-dry-run', '-f', 'json'], { cwd: dir });
    expect(readFileSync(join(dir, 'refund.md'), 'utf8')).toBe(before);
    expect((JSON.parse(run.stdout) as Array<{ output: string }>)[0].output).toContain('said the same.');
  });
});

describe('exit codes and gates', () => {
  it('exits 0 with warnings, and 1 when they pass --max-warnings', () => {
    expect(runCli(['refund.md', '--rule', 'repeated-words: warn'], { cwd: BASIC }).code).toBe(0);
    const gated = runCli(['refund.md', '--rule', 'repeated-words: warn', '--max-warnings', '1'], { cwd: BASIC });
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(/too many warnings/);
  });

  it('--quiet shows errors only', () => {
    const run = runCli(['refund.md', '--rule', 'repeated-words: warn', '--quiet'], { cwd: BASIC });
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });

  it('exits 2 with the file, key and a did-you-mean hint for a config typo', () => {
    const dir = copyOf(BASIC);
    writeFileSync(join(dir, '.replylintrc.yaml'), 'extends: []\nplatfrom: zendesk\nrules:\n  repeated-word: warn\n');
    const run = runCli(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.replylintrc.yaml');
    expect(run.stderr).toMatch(/platfrom/);
    expect(run.stderr).toMatch(/platform/);
    expect(run.stderr).toMatch(/repeated-words/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 2 for a path that does not exist, naming it', () => {
    const run = runCli(['nowhere/'], { cwd: BASIC });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nowhere/);
  });

  it('exits 2 for an unknown option or format', () => {
    expect(runCli(['--frobnicate'], { cwd: BASIC }).code).toBe(2);
    const format = runCli(['.', '-f', 'xml'], { cwd: BASIC });
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/Unknown format/);
  });
});

describe('standard input and subcommands', () => {
  it('lints standard input as the named file, and --fix prints the fixed text', () => {
    const input = '---\nlang: en\n---\nIt is is done.\n';
    const run = runCli(['--stdin', '--stdin-filename', 'reply.md', '-f', 'compact'], { cwd: BASIC, input });
    expect(run.stdout).toMatch(/reply\.md:4:7: error Remove the repeated “is”/);
    expect(runCli(['-', '--fix', '--stdin-filename', 'reply.md'], { cwd: BASIC, input }).stdout).toBe('---\nlang: en\n---\nIt is done.\n');
  });

  it('lists rules, explains one, and suggests the nearest id for a typo', () => {
    expect(runCli(['rules'], { cwd: BASIC }).stdout).toMatch(/repeated-words\s+warn/);
    expect(runCli(['explain', 'repeated-words'], { cwd: BASIC }).stdout).toMatch(/^# repeated-words/);
    const typo = runCli(['explain', 'repeated-word'], { cwd: BASIC });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/Did you mean “repeated-words”/);
  });

  it('init writes a starter config that loads, and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-init-'));
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    expect(runCli(['--print-config', 'a.md'], { cwd: dir }).code).toBe(0);
    const again = runCli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('prints the configuration that applies to a file', () => {
    const config = JSON.parse(runCli(['--print-config', 'refund.md'], { cwd: BASIC }).stdout) as { rules: Record<string, { severity: string }> };
    expect(config.rules['repeated-words'].severity).toBe('error');
  });
});

describe('the demo in fixtures/demo', () => {
  it('shows every mission rule firing, with a suggestion, in Finnish and in English', () => {
    const run = runCli(['fixtures/demo', '-f', 'json'], { cwd: ROOT });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; suggestions?: unknown[] }> }>;
    const seen = new Set<string>();
    for (const r of results) {
      const lang = r.filePath.includes('/fi/') ? 'fi' : 'en';
      for (const m of r.messages) if (m.suggestions?.length) seen.add(`${m.ruleId} ${lang}`);
    }
    for (const id of ['jargon', 'no-name', 'no-empathy', 'bare-refusal', 'no-bug-thanks']) {
      expect(seen, id).toContain(`${id} fi`);
      expect(seen, id).toContain(`${id} en`);
    }
  });
});

describe('output formats, end to end', () => {
  it('writes one format to the terminal and another to a file in the same run', () => {
    const dir = copyOf(BASIC);
    const run = runCli(['.', '--format', 'stylish', '--format', 'sarif:out.sarif'], { cwd: dir });
    expect(run.stdout).toMatch(/refund\.md/);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(7);
  });

  it('refuses two formats for the terminal', () => {
    const run = runCli(['.', '-f', 'stylish', '-f', 'json'], { cwd: BASIC });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Only one format/);
  });

  it('github: one workflow command per diagnostic, positions included', () => {
    const lines = runCli(['.', '-f', 'github'], { cwd: BASIC }).stdout.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^::error file=macros\.yaml,line=7,endLine=7,col=28,endColumn=34,title=replylint \(repeated-words\)::/);
  });

  it('junit: a test suite per file, clean files included', () => {
    const xml = runCli(['.', '-f', 'junit'], { cwd: BASIC }).stdout;
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml.match(/<failure /g)).toHaveLength(7);
  });

  it('gitlab: code quality issues with fingerprints', () => {
    const issues = JSON.parse(runCli(['.', '-f', 'gitlab'], { cwd: BASIC }).stdout) as Array<{ check_name: string; fingerprint: string; location: { path: string } }>;
    expect(issues).toHaveLength(7);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(7);
    expect(issues[0].location.path).toBe('macros.yaml');
  });
});

describe('gates added for CI', () => {
  it('--report-unused-disable-directives reports a disable comment that silences nothing', () => {
    const input = '---\nlang: en\n---\n<!-- replylint-disable-next-line repeated-words -->\nAll clear here.\n\n<!-- replylint-disable-next-line repeated-words -->\nIt is is done.\n';
    const plain = runCli(['--stdin', '--stdin-filename', 'r.md', '-f', 'compact'], { cwd: BASIC, input });
    expect(plain.stdout).toBe('');
    const run = runCli(['--stdin', '--stdin-filename', 'r.md', '-f', 'compact', '--report-unused-disable-directives', 'error'], { cwd: BASIC, input });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^r\.md:4:1: error Remove this replylint-disable-next-line comment.*\[unused-disable-directive\]$/)]);
  });

  it('writes a report into a folder that does not exist yet', () => {
    const dir = copyOf(BASIC);
    runCli(['.', '--format', 'sarif:reports/deep/out.sarif'], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, 'reports/deep/out.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});
