// End to end through the built CLI: a project installs a plugin, enables its config, and gets its findings, fixes and docs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../e2e/run-cli.js';
import { localPlugin, project } from './project.js';

const REPLY = '---\nlang: en\n---\nHi Sam,\n\nAs I said, we cannot refund it per our policy. Which order is it? When did you order it?\n\nBest regards,\nJane\n';
const CONFIG = 'plugins: [replylint-plugin-acme]\nextends: [replylint:recommended, plugin:acme/recommended]\n';

interface JsonResult { messages: Array<{ ruleId: string; messageId: string; severity: number; line: number; column: number }> }
/** The plugin's findings, with JSON's ESLint severities (2 error, 1 warning); built-in rules report on the same reply too. */
const findings = (stdout: string) => (JSON.parse(stdout) as JsonResult[])
  .flatMap((r) => r.messages.filter((m) => m.ruleId.startsWith('acme/')).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId} ${m.severity}`));

describe('plugins through the command line', () => {
  it('reports a plugin’s rules at the severities of its recommended config, and exits 1 for its error', () => {
    const dir = project({ '.replylintrc.yaml': CONFIG, 'reply.md': REPLY }, { installPlugin: true });
    const run = runCli(['reply.md', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([
      '6:1 acme/banned-phrases banned 2',
      '6:32 acme/banned-phrases banned 2',
      '6:67 acme/one-question tooMany 1',
    ]);
  });

  it('applies a plugin rule’s fix with --fix', () => {
    const dir = project({ '.replylintrc.yaml': CONFIG, 'reply.md': REPLY }, { installPlugin: true });
    runCli(['reply.md', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'reply.md'), 'utf8')).toContain('we cannot refund it under our terms.');
  });

  it('lets the config turn a plugin rule off or change its options by its full id', () => {
    const config = `${CONFIG}rules:\n  acme/banned-phrases: off\n  acme/one-question: [warn, {max: 2}]\n`;
    const dir = project({ '.replylintrc.yaml': config, 'reply.md': REPLY }, { installPlugin: true });
    const run = runCli(['reply.md', '--format', 'json'], { cwd: dir });
    expect(findings(run.stdout)).toEqual([]);
  });

  it('does not enable a plugin’s rules until a config does', () => {
    const dir = project({ '.replylintrc.yaml': 'plugins: [replylint-plugin-acme]\n', 'reply.md': REPLY }, { installPlugin: true });
    expect(findings(runCli(['reply.md', '--format', 'json'], { cwd: dir }).stdout)).toEqual([]);
  });

  it('lists plugin rules with their source, and explains one from its README', () => {
    const dir = project({ '.replylintrc.yaml': CONFIG }, { installPlugin: true });
    const rules = runCli(['rules'], { cwd: dir }).stdout;
    expect(rules).toMatch(/acme\/one-question\s+warn\s+any\s+-\s+plugin replylint-plugin-acme 1\.0\.0/);
    expect(rules).toMatch(/jargon .* replylint /);
    const explain = runCli(['explain', 'acme/one-question'], { cwd: dir });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/^# acme\/one-question\n/);
  });

  it('suggests the nearest id for a typo in a plugin rule id', () => {
    const dir = project({ '.replylintrc.yaml': `${CONFIG}rules:\n  acme/one-questoin: off\n` }, { installPlugin: true });
    const run = runCli(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown rule "acme/one-questoin" (did you mean `acme/one-question`?)');
  });

  it('says which plugin is missing for a rule whose prefix no plugin has', () => {
    const dir = project({ '.replylintrc.yaml': 'rules:\n  tone/no-asap: warn\n' });
    const run = runCli(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no plugin with the prefix "tone" is loaded');
  });

  it('runs the example plugin’s own RuleTester tests under node:test', () => {
    const dir = project({}, { installPlugin: true });
    const run = spawnSync(process.execPath, ['--test', 'test/'], { cwd: join(dir, 'node_modules/replylint-plugin-acme'), encoding: 'utf8' });
    expect(run.stdout).toMatch(/# pass 12\n# fail 0/);
    expect(run.status).toBe(0);
  });
});

describe('plugin errors', () => {
  const failing = (files: Record<string, string>, install = false) => {
    const run = runCli(['.'], { cwd: project(files, { installPlugin: install }) });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    return run.stderr;
  };

  it('names a plugin that cannot be found, with the config file and line', () => {
    const stderr = failing({ '.replylintrc.yaml': 'rules: {}\nplugins:\n  - replylint-plugin-nope\n' });
    expect(stderr).toMatch(/\.replylintrc\.yaml:3: plugins\[0\]: plugin "replylint-plugin-nope": cannot find the package in node_modules/);
  });

  it('names a local plugin that fails to load, with the error it threw', () => {
    const stderr = failing({ '.replylintrc.yaml': 'plugins: [./team-rules/index.js]\n', ...localPlugin("throw new Error('boom at load');\n") });
    expect(stderr).toMatch(/plugin "\.\/team-rules\/index\.js": failed to load .*index\.js: boom at load/);
  });

  it('names the plugin and rule of an invalid rule definition', () => {
    const source = "export default { meta: { name: 'team' }, rules: { 'no-asap': { meta: { description: 'Say when.', severity: 'loud', messages: {} } } } };\n";
    const stderr = failing({ '.replylintrc.yaml': 'plugins: [./team-rules/index.js]\n', ...localPlugin(source) });
    expect(stderr).toContain('rule "team/no-asap": `check` must be a function');
    expect(stderr).toContain('rule "team/no-asap": meta.severity must be one of off, info, warn, error');
  });

  it('refuses two plugins whose rules would share a prefix', () => {
    const source = "export default { meta: { name: 'replylint-plugin-acme' }, rules: {} , configs: {} };\n";
    const stderr = failing({ '.replylintrc.yaml': 'plugins: [replylint-plugin-acme, ./team-rules/index.js]\n', ...localPlugin(source) }, true);
    expect(stderr).toContain('both give their rules the prefix "acme/"');
  });

  it('names an unknown plugin config, listing the loaded ones', () => {
    const stderr = failing({ '.replylintrc.yaml': 'plugins: [replylint-plugin-acme]\nextends: [plugin:acme/strict]\n' }, true);
    expect(stderr).toContain('unknown plugin config "plugin:acme/strict" (loaded plugin configs: plugin:acme/recommended)');
  });

  it('does not allow plugins in an override', () => {
    const stderr = failing({ '.replylintrc.yaml': 'overrides:\n  - files: "*.md"\n    plugins: [replylint-plugin-acme]\n' });
    expect(stderr).toContain('"plugins" is not allowed in an override, only at the top level');
  });

  it('turns a plugin rule that throws into a rule-error naming the rule and the plugin', () => {
    const source = [
      "export default { meta: { name: 'replylint-plugin-team', version: '2.0.0' }, rules: { broken: {",
      "  meta: { description: 'Never works.', severity: 'warn', messages: {} },",
      "  check() { throw new TypeError('cannot read the reply'); } } } };",
    ].join('\n');
    const dir = project({ '.replylintrc.yaml': 'plugins: [./team-rules/index.js]\nrules:\n  team/broken: warn\n', 'reply.md': REPLY, ...localPlugin(source) });
    const run = runCli(['reply.md', '--format', 'json'], { cwd: dir });
    const [message] = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0].messages.filter((m) => m.ruleId === 'rule-error');
    expect(message.message).toBe('Rule “team/broken” failed: cannot read the reply (plugin replylint-plugin-team 2.0.0)');
  });
});
