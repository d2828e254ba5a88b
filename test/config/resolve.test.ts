import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfiguration } from '../../src/config/index.js';
import { Configuration, parseCliRules } from '../../src/config/resolve.js';
import { ConfigError, type ConfigFile } from '../../src/config/types.js';
import { catalog, defaults, tree } from './setup.js';

const root = path.resolve('/project');
const configuration = (config: ConfigFile) =>
  new Configuration({ config, filePath: path.join(root, '.replylintrc.yaml'), catalog, defaults });

describe('Configuration.forFile', () => {
  it('gives every catalog rule an entry, off when the config does not mention it, with default options filled in', () => {
    const resolved = configuration({ rules: { jargon: ['error', { allow: ['SLA'] }] } }).forFile(path.join(root, 'a.md'));
    expect(Object.keys(resolved.rules)).toEqual([...catalog.ids].sort());
    expect(resolved.rules['no-name']).toEqual({ severity: 'off', options: { names: [] } });
    expect(resolved.rules.jargon.severity).toBe('error');
    expect(resolved.rules.jargon.options).toEqual({ ...catalog.options('jargon'), allow: ['SLA'] });
    expect(resolved.placeholders).toEqual([]);
  });

  it('applies overrides whose globs match, relative to the config folder, later ones winning', () => {
    const config = configuration({
      lang: 'en',
      overrides: [
        { files: 'fi/**', lang: 'fi', platform: 'zendesk' },
        { files: ['fi/legacy/**', 'sv/**'], lang: 'sv' },
      ],
    });
    expect(config.forFile(path.join(root, 'en/a.md')).lang).toBe('en');
    expect(config.forFile(path.join(root, 'fi/a.md'))).toMatchObject({ lang: 'fi', platform: 'zendesk' });
    expect(config.forFile(path.join(root, 'fi/legacy/old.md'))).toMatchObject({ lang: 'sv', platform: 'zendesk' });
    // A path outside the config's folder matches no override.
    expect(config.forFile(path.resolve('/elsewhere/fi/a.md')).lang).toBe('en');
  });

  it('matches a glob without a slash at any depth, as ESLint overrides do', () => {
    const config = configuration({ overrides: [{ files: '*.yaml', lang: 'fi' }, { files: './top/*.md', lang: 'sv' }] });
    expect(config.forFile(path.join(root, 'deep/macros/x.yaml')).lang).toBe('fi');
    expect(config.forFile(path.join(root, 'top/a.md')).lang).toBe('sv');
    expect(config.forFile(path.join(root, 'other/top/a.md')).lang).toBeUndefined();
  });

  it('skips an override for files its excludedFiles match', () => {
    const config = configuration({ overrides: [{ files: '**/*.md', excludedFiles: 'drafts/**', lang: 'fi' }] });
    expect(config.forFile(path.join(root, 'a/b.md')).lang).toBe('fi');
    expect(config.forFile(path.join(root, 'drafts/b.md')).lang).toBeUndefined();
  });

  it('keeps earlier options when an override changes only the severity, and replaces them when it gives options', () => {
    const config = configuration({
      rules: { jargon: ['warn', { allow: ['SLA'], minLength: 4 }] },
      overrides: [
        { files: 'a/**', rules: { jargon: 'error' } },
        { files: 'b/**', rules: { jargon: ['info'] } },
        { files: 'c/**', rules: { jargon: ['error', { allow: ['API'] }] } },
      ],
    });
    expect(config.forFile(path.join(root, 'a/x.md')).rules.jargon).toMatchObject({ severity: 'error', options: { allow: ['SLA'], minLength: 4 } });
    expect(config.forFile(path.join(root, 'b/x.md')).rules.jargon).toMatchObject({ severity: 'info', options: { allow: ['SLA'], minLength: 4 } });
    // Replaced: minLength falls back to the rule's default.
    expect(config.forFile(path.join(root, 'c/x.md')).rules.jargon).toMatchObject({ severity: 'error', options: { allow: ['API'], minLength: 3 } });
  });

  it('adds override placeholders to the top-level ones', () => {
    const config = configuration({ placeholders: ['\\[Name\\]'], overrides: [{ files: 'ps/**', placeholders: ['\\{\\w+\\}'] }] });
    expect(config.forFile(path.join(root, 'ps/x.md')).placeholders).toEqual(['\\[Name\\]', '\\{\\w+\\}']);
    expect(config.forFile(path.join(root, 'x.md')).placeholders).toEqual(['\\[Name\\]']);
  });

  it('returns frozen data shared by files with the same overrides, so a caller cannot change the configuration', () => {
    const config = configuration({ rules: { jargon: ['warn', { allow: ['SLA'] }] }, overrides: [{ files: 'en/**', lang: 'en' }] });
    const first = config.forFile(path.join(root, 'x.md'));
    expect(() => (first.rules.jargon.options.allow as string[]).push('API')).toThrow(TypeError);
    expect(config.forFile(path.join(root, 'y.md'))).toBe(first);
    expect(config.forFile(path.join(root, 'x.md')).rules.jargon.options.allow).toEqual(['SLA']);
    expect(config.forFile(path.join(root, 'en/x.md'))).not.toBe(first);
    expect(config.forFile(path.join(root, 'en/x.md')).lang).toBe('en');
  });

  it('prints the resolved config for a file as plain JSON data', () => {
    const config = configuration({ lang: 'fi', signature: 'Terveisin', overrides: [{ files: 'en/**', lang: 'en' }] });
    const printed = JSON.parse(JSON.stringify(config.toJSON(path.join(root, 'en/x.md'))));
    expect(printed).toMatchObject({ lang: 'en', signature: 'Terveisin', placeholders: [] });
    expect(printed.rules.jargon).toEqual({ severity: 'off', options: catalog.options('jargon') });
  });
});

describe('Configuration.isIgnored', () => {
  it('applies ignorePatterns in gitignore syntax relative to the config folder', () => {
    const config = configuration({ ignorePatterns: ['drafts/', '*.bak.md', '/top-only.md', '!keep.bak.md'] });
    expect(config.isIgnored(path.join(root, 'drafts/a.md'))).toBe(true);
    expect(config.isIgnored(path.join(root, 'drafts'), true)).toBe(true);
    expect(config.isIgnored(path.join(root, 'x/y.bak.md'))).toBe(true);
    expect(config.isIgnored(path.join(root, 'x/keep.bak.md'))).toBe(false);
    expect(config.isIgnored(path.join(root, 'top-only.md'))).toBe(true);
    expect(config.isIgnored(path.join(root, 'sub/top-only.md'))).toBe(false);
    expect(config.isIgnored(path.resolve('/elsewhere/drafts/a.md'))).toBe(false);
  });

  it('works when handed on as a plain function', () => {
    const { isIgnored } = configuration({ ignorePatterns: ['drafts/'] });
    expect(isIgnored(path.join(root, 'drafts/a.md'))).toBe(true);
  });
});

describe('--rule', () => {
  it('parses `id: severity` and `id: [severity, options]` as YAML flow mappings', () => {
    const { rules, problems } = parseCliRules(['no-name: off', 'jargon: [warn, {allow: [SLA]}]', 'no-empathy: 2, bare-refusal: info'], catalog);
    expect(problems).toEqual([]);
    expect(rules).toEqual({ 'no-name': 'off', jargon: ['warn', { allow: ['SLA'] }], 'no-empathy': 'error', 'bare-refusal': 'info' });
  });

  it('applies --rule after overrides, keeping configured options for a severity-only change', () => {
    const config = configuration({
      rules: { jargon: ['warn', { allow: ['SLA'] }] },
      overrides: [{ files: '**/*.md', rules: { jargon: 'off', 'no-name': 'off' } }],
    }).applyCliRules(['jargon: error', '{no-name: warn}']);
    const resolved = config.forFile(path.join(root, 'x.md'));
    expect(resolved.rules.jargon).toMatchObject({ severity: 'error', options: { allow: ['SLA'] } });
    expect(resolved.rules['no-name'].severity).toBe('warn');
  });

  it('leaves the original configuration unchanged', () => {
    const config = configuration({ rules: { jargon: 'warn' } });
    config.applyCliRules(['jargon: off']);
    expect(config.forFile(path.join(root, 'x.md')).rules.jargon.severity).toBe('warn');
  });

  it('reports unknown rules, bad severities and bad options as problems from the command line', () => {
    const { problems } = parseCliRules(['jargn: warn', 'no-name: warning', 'jargon: [warn, {alow: []}]'], catalog);
    expect(problems).toEqual([
      { file: '<command line>', path: 'jargn', message: 'unknown rule "jargn"', hint: 'did you mean `jargon`?' },
      expect.objectContaining({ file: '<command line>', path: 'no-name', hint: 'did you mean `warn`?' }),
      expect.objectContaining({ file: '<command line>', path: 'jargon[1].alow', hint: 'did you mean `allow`?' }),
    ]);
  });

  it('reports a value that does not parse, with the expected form as hint', () => {
    const { problems } = parseCliRules(['jargon: [warn'], catalog);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '<command line>', message: expect.stringMatching(/^cannot read --rule "jargon: \[warn"/), hint: expect.stringMatching(/rule-id: severity/) });
    expect(parseCliRules(['jargon'], catalog).problems[0]).toMatchObject({ path: 'jargon', message: expect.stringMatching(/got null/) });
  });

  it('throws a ConfigError from applyCliRules', () => {
    expect(() => configuration({}).applyCliRules(['nope: off'])).toThrow(ConfigError);
  });
});

describe('loadConfiguration', () => {
  it('uses the recommended preset when no config file is found', () => {
    const dir = tree({ 'templates/a.md': '' });
    const config = loadConfiguration({ cwd: path.join(dir, 'templates'), catalog, defaults });
    // A config could exist above the temporary folder on some machine; on a clean one there is none.
    if (config.filePath !== undefined) return;
    const resolved = config.forFile(path.join(dir, 'templates/a.md'));
    for (const id of catalog.ids) expect(resolved.rules[id].severity).toBe(defaults[id]);
  });

  it('finds the nearest config file walking up from cwd, with globs relative to its folder', () => {
    const dir = tree({ '.replylintrc.yaml': 'overrides: [{files: "fi/**", lang: fi}]\n', 'fi/deep/.keep': '' });
    const config = loadConfiguration({ cwd: path.join(dir, 'fi/deep'), catalog, defaults });
    expect(config.filePath).toBe(path.join(dir, '.replylintrc.yaml'));
    expect(config.forFile(path.join(dir, 'fi/deep/a.md')).lang).toBe('fi');
  });

  it('loads --config relative to cwd', () => {
    const dir = tree({ 'conf/team.yaml': 'extends: []\nlang: fi\n' });
    const config = loadConfiguration({ cwd: dir, configPath: 'conf/team.yaml', catalog, defaults });
    expect(config.forFile(path.join(dir, 'x.md')).lang).toBe('fi');
    expect(config.baseDir).toBe(path.join(dir, 'conf'));
  });

  it('throws a ConfigError for a --config file that does not exist or is a folder', () => {
    const dir = tree({ 'conf/.keep': '' });
    for (const configPath of ['missing.yaml', 'conf']) {
      let error: unknown;
      try {
        loadConfiguration({ cwd: dir, configPath, catalog, defaults });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems[0].file).toBe(path.join(dir, configPath));
    }
  });

  it('throws a ConfigError carrying all problems of an invalid config', () => {
    const dir = tree({ '.replylintrc.yaml': 'lnag: fi\nrules: {jargn: warn}\n' });
    try {
      loadConfiguration({ cwd: dir, catalog, defaults });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.path)).toEqual(['lnag', 'rules.jargn']);
      expect((error as ConfigError).message).toContain('.replylintrc.yaml:1: lnag: unknown key "lnag" (did you mean `lang`?)');
    }
  });
});
