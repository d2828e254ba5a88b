import { describe, expect, it } from 'vitest';
import { parseConfigSource } from '../../src/config/load.js';
import { validateConfig } from '../../src/config/validate.js';
import type { ConfigProblem } from '../../src/config/types.js';
import { catalog } from './setup.js';

/** Problems for a YAML config text, with lines. */
function problemsOf(yaml: string, file = '.replylintrc.yaml'): ConfigProblem[] {
  const source = parseConfigSource(yaml, file);
  if (source.problems.length > 0) return source.problems;
  return validateConfig(source.value, catalog, { file, lineOf: source.lineOf }).problems;
}

function only(yaml: string): ConfigProblem {
  const problems = problemsOf(yaml);
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe('validateConfig: keys', () => {
  it('accepts a complete, correct config and normalises numeric severities', () => {
    const yaml = [
      'extends: replylint:recommended',
      'lang: fi',
      'platform: zendesk',
      'signature: "Terveisin, {{current_user.first_name}}"',
      'placeholders: ["\\\\{\\\\w+\\\\}", "<OTRS_[A-Z_]+>"]',
      'ignorePatterns: [drafts/]',
      'rules:',
      '  jargon: [warn, {allow: [SLA], limits: {perReply: 2}}]',
      '  no-name: 2',
      '  no-empathy: 0',
      '  bare-refusal: [1]',
      'overrides:',
      '  - files: "en/**"',
      '    excludedFiles: ["en/legacy/**"]',
      '    lang: en-GB',
      '    rules: {no-empathy: error}',
    ].join('\n');
    const source = parseConfigSource(yaml, 'x.yaml');
    const result = validateConfig(source.value, catalog, { file: 'x.yaml' });
    expect(result.problems).toEqual([]);
    expect(result.config?.rules).toEqual({
      jargon: ['warn', { allow: ['SLA'], limits: { perReply: 2 } }], 'no-name': 'error', 'no-empathy': 'off', 'bare-refusal': ['warn'],
    });
  });

  it('treats an empty file as an empty config', () => {
    expect(problemsOf('')).toEqual([]);
    expect(problemsOf('# only a comment\n')).toEqual([]);
  });

  it('reports an unknown top-level key with file, line and the nearest valid key', () => {
    expect(only('lang: fi\nplatfrom: zendesk\n')).toEqual({
      file: '.replylintrc.yaml', path: 'platfrom', line: 2, message: 'unknown key "platfrom"', hint: 'did you mean `platform`?',
    });
  });

  it('gives no hint when an unknown key is not near any valid one', () => {
    const problem = only('colour: blue\n');
    expect(problem.path).toBe('colour');
    expect(problem.hint).toBeUndefined();
  });

  it('reports an unknown key inside an override with its index in the path', () => {
    const problem = only('overrides:\n  - files: "*.yaml"\n    lnag: fi\n');
    expect(problem).toMatchObject({ path: 'overrides[0].lnag', line: 3, hint: 'did you mean `lang`?' });
  });

  it('says that a top-level-only key is not allowed in an override', () => {
    const problem = only('overrides:\n  - files: "*.yaml"\n    extends: replylint:all\n');
    expect(problem.path).toBe('overrides[0].extends');
    expect(problem.message).toMatch(/not allowed in an override/);
  });

  it('requires files in every override, pointing at the override', () => {
    const problem = only('lang: fi\noverrides:\n  - lang: en\n');
    expect(problem).toMatchObject({ path: 'overrides[0].files', line: 3 });
    expect(problem.message).toMatch(/needs `files`/);
  });

  it('reports values of the wrong type in the words of YAML', () => {
    expect(only('lang: 5\n')).toMatchObject({ path: 'lang', message: 'expected a string, got a number', line: 1 });
    expect(only('ignorePatterns: drafts/\n')).toMatchObject({ path: 'ignorePatterns', message: 'expected a list, got a string' });
    expect(only('overrides: {files: x}\n')).toMatchObject({ path: 'overrides', message: 'expected a list, got a mapping' });
    expect(only('overrides:\n  - files: 3\n')).toMatchObject({ path: 'overrides[0].files', message: 'expected a glob or a list of globs, got a number', line: 2 });
    expect(only('extends: {a: 1}\n').path).toBe('extends');
    expect(only('rules: [jargon]\n')).toMatchObject({ path: 'rules', message: 'expected a mapping, got a list' });
    expect(only('ignorePatterns: [true]\n')).toMatchObject({ path: 'ignorePatterns[0]', message: 'expected a string, got true or false' });
  });

  it('rejects a config that is not a mapping', () => {
    expect(only('- lang: fi\n')).toMatchObject({ path: '', message: 'expected a mapping of settings, got a list' });
  });

  it('collects every problem in a file, not just the first', () => {
    expect(problemsOf('lnag: fi\nplatform: zendsek\nrules: {jargn: warn}\n').map((p) => p.path)).toEqual(['lnag', 'platform', 'rules.jargn']);
  });
});

describe('validateConfig: values', () => {
  it('accepts BCP 47 language tags and rejects other language values, with a hint for names', () => {
    for (const tag of ['fi', 'en', 'en-GB', 'sv-FI', 'zh-Hant-TW']) expect(problemsOf(`lang: ${tag}\n`)).toEqual([]);
    expect(only('lang: finnish\n')).toMatchObject({ path: 'lang', hint: 'did you mean `fi`?' });
    expect(only('lang: en_US\n').message).toMatch(/not a language tag/);
    expect(only('lang: "e"\n').path).toBe('lang');
  });

  it('knows the supported platforms and suggests the nearest for a near miss', () => {
    expect(problemsOf('platform: helpscout\n')).toEqual([]);
    expect(only('platform: zendsk\n')).toMatchObject({ path: 'platform', hint: 'did you mean `zendesk`?' });
    expect(only('platform: Freshdesk\n').hint).toBe('did you mean `freshdesk`?');
  });

  it('rejects an unknown platform and points to placeholders instead', () => {
    const problem = only('platform: kayako\n');
    expect(problem.message).toMatch(/unknown platform "kayako"/);
    expect(problem.hint).toMatch(/placeholders/);
  });

  it('compiles each placeholder pattern with the u flag', () => {
    expect(problemsOf('placeholders: ["\\\\{\\\\$Ticket->\\\\w+\\\\}", "\\\\[Name\\\\]"]\n')).toEqual([]);
    const unclosed = only('placeholders: ["(abc"]\n');
    expect(unclosed).toMatchObject({ path: 'placeholders[0]', line: 1 });
    expect(unclosed.message).toMatch(/not a valid regular expression/);
    // `{firstname}` is fine without the u flag, a syntax error with it: the hint says what to do.
    const brace = only('placeholders:\n  - "\\\\[x\\\\]"\n  - "{firstname}"\n');
    expect(brace).toMatchObject({ path: 'placeholders[1]', line: 3 });
    expect(brace.hint).toMatch(/escape literal braces/);
  });

  it('rejects a placeholder pattern that matches empty text', () => {
    expect(only('placeholders: ["x*"]\n').message).toMatch(/matches empty text/);
  });
});

describe('validateConfig: rules', () => {
  it('reports an unknown rule with the nearest rule id', () => {
    expect(only('rules:\n  jargn: warn\n')).toMatchObject({ path: 'rules.jargn', line: 2, message: 'unknown rule "jargn"', hint: 'did you mean `jargon`?' });
    expect(only('rules:\n  no-nmae: off\n').hint).toBe('did you mean `no-name`?');
  });

  it('quotes a dotted rule id in the path and treats it as unknown for now', () => {
    expect(only('rules:\n  Acme.Avoid: off\n')).toMatchObject({ path: 'rules["Acme.Avoid"]', line: 2 });
  });

  it('reports an unknown severity with a hint', () => {
    expect(only('rules:\n  jargon: warning\n')).toMatchObject({ path: 'rules.jargon', hint: 'did you mean `warn`?' });
    expect(only('rules:\n  jargon: [3]\n').path).toBe('rules.jargon[0]');
    expect(only('rules:\n  jargon: true\n').message).toMatch(/got true or false/);
  });

  it('rejects options written without a severity list', () => {
    expect(only('rules:\n  jargon: {allow: [SLA]}\n').hint).toMatch(/\[warn, \{option: value\}\]/);
  });

  it('reports an unknown option with the nearest option name', () => {
    expect(only('rules:\n  jargon: [warn, {alow: [SLA]}]\n')).toMatchObject({
      path: 'rules.jargon[1].alow', line: 2, hint: 'did you mean `allow`?',
    });
  });

  it('reports options given to a rule that has none', () => {
    expect(only('rules:\n  no-empathy: [warn, {strict: true}]\n').message).toBe('rule "no-empathy" has no options, got "strict"');
  });

  it('checks option values against the JSON type of their defaults', () => {
    expect(only('rules:\n  jargon: [warn, {allow: SLA}]\n')).toMatchObject({ path: 'rules.jargon[1].allow', message: 'expected a list, got a string' });
    expect(only('rules:\n  jargon: [warn, {minLength: "3"}]\n').message).toBe('expected a number, got a string');
    expect(only('rules:\n  jargon: [warn, {caseSensitive: 1}]\n').message).toBe('expected true or false, got a number');
    expect(only('rules:\n  jargon: [warn, {limits: [5]}]\n').message).toBe('expected a mapping, got a list');
  });

  it('checks inside nested mappings and the items of lists whose default has an example item', () => {
    expect(only('rules:\n  jargon: [warn, {limits: {perReplay: 1}}]\n')).toMatchObject({ path: 'rules.jargon[1].limits.perReplay', hint: 'did you mean `perReply`?' });
    expect(only('rules:\n  jargon: [warn, {add: [{term: x, instead: 5}]}]\n').path).toBe('rules.jargon[1].add[0].instead');
    // An empty default list says nothing about its items.
    expect(problemsOf('rules:\n  jargon: [warn, {allow: [1, {a: 2}]}]\n')).toEqual([]);
  });

  it('lets an option with a null default take any value', () => {
    expect(problemsOf('rules:\n  jargon: [warn, {extra: [1, 2]}]\n')).toEqual([]);
    expect(problemsOf('rules:\n  jargon: [warn, {extra: text}]\n')).toEqual([]);
  });

  it('checks rules inside overrides too', () => {
    expect(only('overrides:\n  - files: "*.md"\n    rules:\n      jargon: [warn, {alow: []}]\n')).toMatchObject({
      path: 'overrides[0].rules.jargon[1].alow', line: 4,
    });
  });
});

describe('parseConfigSource: syntax errors', () => {
  it('reports bad YAML with the line the parser gives', () => {
    const problems = problemsOf('lang: fi\nrules:\n  jargon: [warn\nplatform: zendesk\n');
    expect(problems[0].line).toBeGreaterThanOrEqual(3);
    expect(problems[0].message).toMatch(/^invalid YAML: /);
    expect(problems[0].message).not.toMatch(/\n/);
  });

  it('reports a duplicate key as a YAML error at its line', () => {
    expect(problemsOf('lang: fi\nlang: en\n')[0]).toMatchObject({ line: 2, message: expect.stringMatching(/unique/) });
  });

  it('reports bad JSON with its line', () => {
    const problems = problemsOf('{\n  "lang": "fi",\n  "rules": {,}\n}\n', '.replylintrc.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '.replylintrc.json', line: 3, message: expect.stringMatching(/^invalid JSON/) });
  });

  it('finds lines of keys in JSON and under the replylint key of package.json', () => {
    const json = parseConfigSource('{\n  "lang": "fi",\n  "rules": {\n    "jargn": "warn"\n  }\n}\n', 'c.json');
    expect(validateConfig(json.value, catalog, { file: 'c.json', lineOf: json.lineOf }).problems[0]).toMatchObject({ path: 'rules.jargn', line: 4 });
    const pkg = parseConfigSource('{\n  "name": "x",\n  "replylint": {\n    "lnag": "fi"\n  }\n}\n', '/p/package.json');
    expect(validateConfig(pkg.value, catalog, { file: 'package.json', lineOf: pkg.lineOf }).problems[0]).toMatchObject({ path: 'lnag', line: 4 });
  });
});

describe('validateConfig: empty sections', () => {
  it('reads a section whose entries are all commented out as empty, not as a type error', () => {
    const source = parseConfigSource('rules:\n  # jargon: warn\nplaceholders:\noverrides:\n  - files: "*.md"\n    rules:\n', 'x.yaml');
    const result = validateConfig(source.value, catalog, { file: 'x.yaml' });
    expect(result.problems).toEqual([]);
    expect(result.config).toEqual({ overrides: [{ files: '*.md' }] });
  });

  it('still rejects null where a value is needed', () => {
    expect(only('lang:\n')).toMatchObject({ path: 'lang', message: 'expected a string, got null' });
  });
});
