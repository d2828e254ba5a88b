import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load.js';
import { all, recommended } from '../../src/config/presets.js';
import { ConfigError, type ConfigProblem } from '../../src/config/types.js';
import { catalog, defaults, tree } from './setup.js';

const load = (file: string) => loadConfigFile(file, { catalog, defaults });

function problemsOf(file: string): ConfigProblem[] {
  try {
    load(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('presets', () => {
  it('recommended puts every catalog rule at its default severity', () => {
    expect(recommended(catalog, defaults).rules).toEqual(defaults);
  });

  it('all turns every rule on at warn, keeping error where that is the default', () => {
    expect(all(catalog, defaults).rules).toEqual({
      jargon: 'warn', 'no-name': 'error', 'no-empathy': 'warn', 'empty-template': 'warn', 'bare-refusal': 'warn',
    });
  });

  it('follows the catalog rather than a fixed list', () => {
    const small = { ids: ['only-one'], options: () => undefined };
    expect(recommended(small, {}).rules).toEqual({ 'only-one': 'off' });
  });
});

describe('loadConfigFile', () => {
  it('starts from the recommended preset when the file has no extends', () => {
    const root = tree({ '.replylintrc.yaml': 'rules:\n  no-name: warn\n' });
    expect(load(path.join(root, '.replylintrc.yaml')).rules).toEqual({ ...defaults, 'no-name': 'warn' });
  });

  it('starts from nothing with extends: []', () => {
    const root = tree({ '.replylintrc.yaml': 'extends: []\nrules:\n  no-name: warn\n' });
    expect(load(path.join(root, '.replylintrc.yaml')).rules).toEqual({ 'no-name': 'warn' });
  });

  it('layers extended files in order, the extending file last, keeping options across severity-only changes', () => {
    const root = tree({
      'shared/base.yaml': 'extends: replylint:all\nlang: fi\nplaceholders: ["\\\\[Name\\\\]"]\nrules:\n  jargon: [error, {allow: [SLA]}]\n',
      'shared/tone.json': '{"extends": [], "platform": "front", "rules": {"no-empathy": "error"}}',
      'team/.replylintrc.yaml': 'extends: [../shared/base.yaml, ../shared/tone.json]\nplaceholders: ["\\\\{\\\\w+\\\\}"]\nrules:\n  jargon: warn\n  no-empathy: off\n',
    });
    const config = load(path.join(root, 'team/.replylintrc.yaml'));
    expect(config.extends).toBeUndefined();
    expect(config.lang).toBe('fi');
    expect(config.platform).toBe('front');
    expect(config.placeholders).toEqual(['\\[Name\\]', '\\{\\w+\\}']);
    expect(config.rules).toMatchObject({ jargon: ['warn', { allow: ['SLA'] }], 'no-empathy': 'off', 'empty-template': 'warn' });
  });

  it('reads the replylint key of a package.json', () => {
    const root = tree({ 'package.json': '{"name": "x", "replylint": {"extends": [], "lang": "en"}}' });
    expect(load(path.join(root, 'package.json'))).toEqual({ lang: 'en' });
  });

  it('appends overrides and ignorePatterns from extended files before its own', () => {
    const root = tree({
      'base.yaml': 'extends: []\noverrides: [{files: "fi/**", lang: fi}]\nignorePatterns: [drafts/]\n',
      '.replylintrc.yaml': 'extends: ./base.yaml\noverrides: [{files: "en/**", lang: en}]\nignorePatterns: ["*.bak"]\n',
    });
    const config = load(path.join(root, '.replylintrc.yaml'));
    expect(config.overrides?.map((o) => o.lang)).toEqual(['fi', 'en']);
    expect(config.ignorePatterns).toEqual(['drafts/', '*.bak']);
  });

  it('reports an extends cycle naming the chain', () => {
    const root = tree({
      'a.yaml': 'extends: ./b.yaml\n',
      'b.yaml': 'lang: fi\nextends: [./a.yaml]\n',
    });
    const problems = problemsOf(path.join(root, 'a.yaml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: path.join(root, 'b.yaml'), path: 'extends[0]', line: 2, message: 'extends cycle: a.yaml → b.yaml → a.yaml' });
  });

  it('reports a file that extends itself', () => {
    const root = tree({ 'a.yaml': 'extends: ./a.yaml\n' });
    expect(problemsOf(path.join(root, 'a.yaml'))[0].message).toMatch(/extends cycle/);
  });

  it('loads a file extended twice through different paths (not a cycle)', () => {
    const root = tree({
      'common.yaml': 'extends: []\nlang: fi\n',
      'x.yaml': 'extends: ./common.yaml\n',
      'y.yaml': 'extends: ./common.yaml\n',
      'top.yaml': 'extends: [./x.yaml, ./y.yaml]\n',
    });
    expect(load(path.join(root, 'top.yaml')).lang).toBe('fi');
  });

  it('reports a missing extended file at the extends entry', () => {
    const root = tree({ '.replylintrc.yaml': 'lang: fi\nextends:\n  - replylint:recommended\n  - ./missing.yaml\n' });
    expect(problemsOf(path.join(root, '.replylintrc.yaml'))).toEqual([expect.objectContaining({
      file: path.join(root, '.replylintrc.yaml'), path: 'extends[1]', line: 4, message: expect.stringMatching(/cannot find "\.\/missing\.yaml"/),
    })]);
  });

  it('reports an unknown preset with the nearest one', () => {
    const root = tree({ '.replylintrc.yaml': 'extends: replylint:recomended\n' });
    expect(problemsOf(path.join(root, '.replylintrc.yaml'))[0]).toMatchObject({ path: 'extends', hint: 'did you mean `replylint:recommended`?' });
  });

  it('asks for ./ before a bare file name, keeping bare names for packages', () => {
    const root = tree({ 'base.yaml': '', '.replylintrc.yaml': 'extends: base.yaml\n' });
    expect(problemsOf(path.join(root, '.replylintrc.yaml'))[0].hint).toBe('write `./base.yaml` for a file next to this one');
  });

  it('names the extended file in which a problem sits', () => {
    const root = tree({ 'base.yaml': 'rules:\n  jargn: warn\n', '.replylintrc.yaml': 'extends: ./base.yaml\n' });
    expect(problemsOf(path.join(root, '.replylintrc.yaml'))).toEqual([
      expect.objectContaining({ file: path.join(root, 'base.yaml'), path: 'rules.jargn', line: 2 }),
    ]);
  });

  it('reports a YAML syntax error with file and line, as a ConfigError', () => {
    const root = tree({ '.replylintrc.yaml': 'lang: fi\nrules:\n  jargon: "warn\n' });
    const [problem] = problemsOf(path.join(root, '.replylintrc.yaml'));
    expect(problem.file).toBe(path.join(root, '.replylintrc.yaml'));
    expect(problem.line).toBe(4);
    expect(problem.message).toMatch(/^invalid YAML/);
  });

  it('strips a BOM before parsing', () => {
    const root = tree({ '.replylintrc.yaml': '\uFEFFextends: []\nlang: fi\n' });
    expect(load(path.join(root, '.replylintrc.yaml'))).toEqual({ lang: 'fi' });
  });

  it('reports a package.json without a replylint key when it is named', () => {
    const root = tree({ 'package.json': '{"name": "x"}' });
    expect(problemsOf(path.join(root, 'package.json'))[0].message).toMatch(/no "replylint" key/);
  });
});
