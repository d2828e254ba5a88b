// Team phrase lists end to end: `add`, `allow` and `addFile` on every phrase-list rule, matched in inflected forms.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, lintText } from '../../src/index.js';
import { runCli } from '../e2e/run-cli.js';
import { tree } from './setup.js';

/** The rule's findings for `text` under a config that turns on only `rule` with `options`. */
async function findings(rule: string, options: object, text: string, lang = 'en'): Promise<string[]> {
  const cwd = tree({ '.replylintrc.yaml': `extends: []\nlang: ${lang}\nrules:\n  ${rule}: [warn, ${JSON.stringify(options)}]\n` });
  const result = await lintText(text, { filePath: 'reply.md', cwd });
  return result.messages.map((m) => `${m.ruleId}:${m.messageId}`);
}

const reply = (body: string, signOff = 'Jane') => `Hi Sam,\n\n${body}\n\nBest regards,\n${signOff}\n`;

describe('add and allow on the phrase-list rules', () => {
  it('jargon: a team term is reported in its inflected forms, with the team’s replacement', async () => {
    const cwd = tree({ '.replylintrc.yaml': 'extends: []\nlang: fi\nrules:\n  jargon: [warn, {add: {toimeksianto: tilaus}}]\n' });
    const result = await lintText('Hei Sami,\n\nToimeksiantonne on käsittelyssä.\n\nTerveisin,\nJaana\n', { filePath: 'reply.md', cwd });
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([['jargon', 3, 1, 16]]);
    expect(result.messages[0].suggestions?.[0]?.desc).toBe('Use “tilaus”, in the form the sentence needs');
  });

  it('jargon: a team entry wins over a built-in entry for the same words', async () => {
    const cwd = tree({ '.replylintrc.yaml': 'extends: []\nlang: en\nrules:\n  jargon: [warn, {add: {"Tier 2": "our specialists"}}]\n' });
    const result = await lintText(reply('Tier 2 will look at it.'), { filePath: 'reply.md', cwd });
    expect(result.messages.map((m) => m.suggestions?.map((s) => s.desc))).toEqual([['Replace with “Our specialists”']]);
  });

  it('no-empathy: `add` counts the team’s own acknowledgement; `allow` drops a word that tells no bad experience', async () => {
    const damaged = reply('Your parcel arrived damaged. We will send a new one today.');
    expect(await findings('no-empathy', {}, damaged)).toEqual(['no-empathy:missingEmpathy']);
    expect(await findings('no-empathy', { add: ['what a bummer'] }, damaged.replace('damaged.', 'damaged, what a bummer.'))).toEqual([]);
    expect(await findings('no-empathy', { allow: ['damaged'] }, damaged)).toEqual([]);
  });

  it('no-bug-thanks: `add` counts the team’s own thanks for a report', async () => {
    const bug = reply('You reported that the app crashes on login. The bug is fixed in version 2.1.');
    expect(await findings('no-bug-thanks', {}, bug)).toEqual(['no-bug-thanks:missingThanks']);
    expect(await findings('no-bug-thanks', { add: ['kudos for the heads-up'] }, bug.replace('You reported', 'Kudos for the heads-up! You reported'))).toEqual([]);
  });

  it('bare-refusal: `add` counts the team’s own validation; `allow` drops a phrase that declines nothing', async () => {
    const refusal = reply('We cannot refund the ticket.');
    expect(await findings('bare-refusal', {}, refusal)).toEqual(['bare-refusal:missingValidation']);
    expect(await findings('bare-refusal', { add: ['we hear you'] }, reply('We hear you. We cannot refund the ticket.'))).toEqual([]);
    expect(await findings('bare-refusal', { allow: ['we cannot'] }, refusal)).toEqual([]);
  });

  it('no-name: `add` makes the company name a team word; `allow` makes a team word a name', async () => {
    expect(await findings('no-name', {}, reply('Your order is on its way.', 'Acme'))).toEqual([]);
    expect(await findings('no-name', { add: ['acme'] }, reply('Your order is on its way.', 'Acme'))).toEqual(['no-name:missingName']);
    expect(await findings('no-name', {}, reply('Your order is on its way.', 'Acme Support'))).toEqual(['no-name:missingName']);
    expect(await findings('no-name', { allow: ['support'] }, reply('Your order is on its way.', 'Acme Support'))).toEqual([]);
  });
});

describe('addFile', () => {
  const TEXT = 'Hei Sami,\n\nToimeksiantonne on käsittelyssä.\n\nTerveisin,\nJaana\n';

  it('reads the team’s terms from a file relative to the config that names it, and inline `add` wins', async () => {
    const cwd = tree({
      '.replylintrc.yaml': 'extends: [./shared/team.yaml]\n',
      'shared/team.yaml': 'extends: []\nlang: fi\nrules:\n  jargon: [warn, {addFile: ./terms/fi.yaml, add: {toimeksianto: tehtävä}}]\n',
      'shared/terms/fi.yaml': 'toimeksianto: tilaus\nheräte: muistutus\n',
    });
    const result = await lintText(TEXT.replace('käsittelyssä', 'käsittelyssä, ja lähetämme herätteen'), { filePath: 'reply.md', cwd });
    expect(result.messages.map((m) => [m.column, m.suggestions?.[0]?.desc])).toEqual([
      [1, 'Use “tehtävä”, in the form the sentence needs'],
      [47, 'Use “muistutus”, in the form the sentence needs'],
    ]);
  });

  it('takes a list of phrases for the rules whose `add` is a list', async () => {
    const cwd = tree({
      '.replylintrc.yaml': 'extends: []\nlang: en\nrules:\n  no-empathy: [warn, {addFile: [./empathy.yaml]}]\n',
      'empathy.yaml': '- what a bummer\n',
    });
    const result = await lintText(reply('Your parcel arrived damaged, what a bummer. We will send a new one today.'), { filePath: 'reply.md', cwd });
    expect(result.messages).toEqual([]);
  });

  it('is a config error naming the file, the key and its line when the file is missing or has the wrong shape', async () => {
    const cwd = tree({
      '.replylintrc.yaml': 'extends: []\nrules:\n  jargon: [warn, {addFile: ./terms/fi.yaml}]\n  no-name: [warn, {addFile: ./names.yaml}]\n',
      'names.yaml': 'acme: x\n',
    });
    const error = await lintText(TEXT, { filePath: 'reply.md', cwd }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => [p.path, p.line, p.message]);
    expect(problems).toEqual([
      ['rules.jargon[1].addFile', 3, `cannot find "${join(cwd, 'terms/fi.yaml')}"`],
      ['rules.no-name[1].addFile', 4, `"${join(cwd, 'names.yaml')}" must hold a list of phrases (\`- word\`), as \`add\` does; it holds a mapping`],
    ]);
  });

  it('exits 2 on the command line for a file that is not YAML, naming it', () => {
    const cwd = tree({ '.replylintrc.yaml': 'rules:\n  jargon: [warn, {addFile: ./terms.yaml}]\n', 'terms.yaml': 'a: [b\n', 'reply.md': TEXT });
    mkdirSync(join(cwd, 'sub'));
    writeFileSync(join(cwd, 'sub/other.md'), TEXT);
    const run = runCli(['.'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`.replylintrc.yaml:2: rules.jargon[1].addFile: "${join(cwd, 'terms.yaml')}" is not valid YAML`);
  });
  it('reads `addFile` given with --rule relative to the working folder, and names a missing one', () => {
    const cwd = tree({ 'terms.yaml': 'toimeksianto: tilaus\n', 'reply.md': '---\nlang: fi\n---\nHei Sami,\n\nToimeksiantonne on käsittelyssä.\n\nTerveisin,\nJaana\n' });
    const found = runCli(['--rule', 'jargon: [warn, {addFile: ./terms.yaml}]', '-f', 'compact', 'reply.md'], { cwd });
    expect(found.stdout).toContain('reply.md:6:1: warning');
    const missing = runCli(['--rule', 'jargon: [warn, {addFile: ./nowhere.yaml}]', 'reply.md'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`rules.jargon[1].addFile: cannot find "${join(cwd, 'nowhere.yaml')}"`);
  });
});
