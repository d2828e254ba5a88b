// Rule packs wired into configuration: `rulePacks` loads Vale styles whose `Style.Rule` ids work like any rule's.
import { describe, expect, it } from 'vitest';
import { loadLintSetup } from '../../src/index.js';
import { runCli } from '../e2e/run-cli.js';
import { project } from './project.js';

const STYLE = {
  'styles/Acme/Avoid.yml': "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nignorecase: true\nswap:\n  leverage: use\n",
  'styles/Acme/Hedge.yml': "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: suggestion\ntokens:\n  - maybe\n",
  'styles/Acme/Spell.yml': "extends: spelling\nmessage: \"Did you really mean '%s'?\"\nlevel: error\n",
};
const REPLY = '---\nlang: en\n---\nHi Sam,\n\nWe leverage maybe the new form.\n\nBest regards,\nJane\n';

interface JsonResult { messages: Array<{ ruleId: string; severity: number; line: number; column: number; fix?: unknown }> }
const packFindings = (stdout: string) => (JSON.parse(stdout) as JsonResult[])
  .flatMap((r) => r.messages.filter((m) => m.ruleId.startsWith('Acme.')).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity}${m.fix ? ' fix' : ''}`));

describe('rulePacks', () => {
  it('runs a pack’s rules at their levels (a suggestion is off), and prints each skipped rule once', () => {
    const dir = project({ ...STYLE, '.replylintrc.yaml': 'rulePacks: [./styles/Acme]\n', 'reply.md': REPLY });
    const run = runCli(['reply.md', '--format', 'json'], { cwd: dir });
    expect(packFindings(run.stdout)).toEqual(['6:4 Acme.Avoid 2 fix']);
    expect(run.code).toBe(1);
    const notices = run.stderr.trim().split('\n');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^replylint: styles\/Acme\/Spell\.yml: .*Acme\.Spell.*spelling/);
  });

  it('takes `Style.Rule` ids in `rules` like any other rule', () => {
    const config = 'rulePacks: [./styles/Acme]\nrules:\n  Acme.Avoid: off\n  Acme.Hedge: warn\n';
    const run = runCli(['reply.md', '--format', 'json'], { cwd: project({ ...STYLE, '.replylintrc.yaml': config, 'reply.md': REPLY }) });
    expect(packFindings(run.stdout)).toEqual(['6:13 Acme.Hedge 1']);
  });

  it('loads packs listed in an extended config relative to that file', () => {
    const files = { 'shared/styles/Acme/Avoid.yml': STYLE['styles/Acme/Avoid.yml'], 'shared/base.yaml': 'rulePacks: [./styles/Acme]\n', '.replylintrc.yaml': 'extends: [./shared/base.yaml]\n', 'reply.md': REPLY };
    expect(packFindings(runCli(['reply.md', '--format', 'json'], { cwd: project(files) }).stdout)).toEqual(['6:4 Acme.Avoid 2 fix']);
  });

  it('suggests the nearest pack rule id for a typo', () => {
    const run = runCli(['.'], { cwd: project({ ...STYLE, '.replylintrc.yaml': 'rulePacks: [./styles/Acme]\nrules:\n  Acme.Avod: off\n' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown rule "Acme.Avod" (did you mean `Acme.Avoid`?)');
  });

  it('exits 2 naming the config key for a pack folder that does not exist', () => {
    const run = runCli(['.'], { cwd: project({ '.replylintrc.yaml': 'rules: {}\nrulePacks:\n  - ./styles/Nope\n' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.replylintrc\.yaml:3: rulePacks\[0\]: rule pack "\.\/styles\/Nope": /);
  });

  it('lists pack rules with their source', () => {
    const rules = runCli(['rules'], { cwd: project({ ...STYLE, '.replylintrc.yaml': 'rulePacks: [./styles/Acme]\n' }) }).stdout;
    expect(rules).toMatch(/Acme\.Avoid\s+error\s+.*rule pack styles\/Acme/);
  });
});

describe('loadLintSetup', () => {
  it('rebuilds the same rules and settings from the same cwd and config path (what a worker thread does)', async () => {
    const dir = project({ ...STYLE, '.replylintrc.yaml': 'plugins: [replylint-plugin-acme]\nextends: [replylint:recommended, plugin:acme/recommended]\nrulePacks: [./styles/Acme]\n' }, { installPlugin: true });
    const [a, b] = [await loadLintSetup({ cwd: dir }), await loadLintSetup({ cwd: dir })];
    const ids = a.catalog.rules.map((r) => r.rule.meta.id);
    expect(ids).toEqual(b.catalog.rules.map((r) => r.rule.meta.id));
    expect(ids).toEqual(expect.arrayContaining(['jargon', 'acme/banned-phrases', 'acme/one-question', 'Acme.Avoid', 'Acme.Hedge']));
    expect(a.configuration.forFile(`${dir}/reply.md`)).toEqual(b.configuration.forFile(`${dir}/reply.md`));
    expect(a.configuration.forFile(`${dir}/reply.md`).rules['acme/banned-phrases'].severity).toBe('error');
  });
});
