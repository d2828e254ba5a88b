import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/index.js';

const lineOf = (text: string, offset: number | undefined) => text.slice(0, offset ?? 0).split('\n').length;

describe('macro collection shapes', () => {
  it('reads a top-level list of macros', () => {
    const parsed = parseFile('m.yaml', '- title: A\n  body: Hei\n- title: B\n  text: Moi\n');
    expect(parsed.templates.map((t) => [t.index, t.label, t.body])).toEqual([
      [0, 'A', 'Hei'],
      [1, 'B', 'Moi'],
    ]);
  });

  it('reads the lists under macros:, templates: and replies:, in file order, numbering items across them', () => {
    const parsed = parseFile('m.yml', 'version: 2\nreplies:\n  - body: a\ntemplates:\n  - body: b\n  - body: c\n');
    expect(parsed.templates.map((t) => [t.index, t.label, t.body])).toEqual([
      [0, '#1', 'a'],
      [1, '#2', 'b'],
      [2, '#3', 'c'],
    ]);
    expect(parsed.notMacroFile).toBeUndefined();
  });

  it('reads a collection written in flow style', () => {
    const text = '{macros: [{title: A, body: "Hei sinä"}]}\n';
    const t = parseFile('m.yaml', text).templates[0];
    expect(t.body).toBe('Hei sinä');
    expect(text.slice(t.map.toFile(4), t.map.toFile(8))).toBe('sinä');
  });

  it('takes the first body key present: body, then text, content, comment', () => {
    const parsed = parseFile('m.yaml', '- comment: d\n  content: c\n  text: b\n- comment: only\n');
    expect(parsed.templates.map((t) => t.body)).toEqual(['b', 'only']);
  });

  it('labels a macro by title, else name, else id, else its position', () => {
    const parsed = parseFile('m.yaml', '- {title: T, name: N, body: a}\n- {name: N, id: 7, body: b}\n- {id: 7, body: c}\n- {body: d}\n');
    expect(parsed.templates.map((t) => t.label)).toEqual(['T', 'N', '7', '#4']);
    expect(parsed.templates.map((t) => t.meta.title)).toEqual(['T', 'N', undefined, undefined]);
  });

  it('reads each macro’s metadata: lang or locale, kind, tags, platform and replylint settings', () => {
    const text = [
      'macros:',
      '  - body: a',
      '    locale: fi-FI',
      '    kind: refusal',
      '    tags: billing, refund',
      '    platform: zendesk',
      '    replylint: {disable: no-name, rules: {jargon: off}}',
      '    team_field: kept by the team',
      '  - body: b',
      '    lang: en',
      '    locale: fi',
      '    tags: [a, 2]',
      '',
    ].join('\n');
    const parsed = parseFile('m.yaml', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates[0].meta).toEqual({ lang: 'fi-FI', kind: 'refusal', tags: ['billing', 'refund'], platform: 'zendesk', settings: { disable: ['no-name'], rules: { jargon: 'off' } } });
    expect(parsed.templates[1].meta).toEqual({ lang: 'en', tags: ['a', '2'] });
  });

  it('an empty `macros:` is an empty collection, not another kind of file', () => {
    expect(parseFile('m.yaml', 'macros:\n')).toMatchObject({ templates: [], problems: [] });
    expect(parseFile('m.yaml', 'macros:\n').notMacroFile).toBeUndefined();
  });
});

describe('YAML files that are not macro collections', () => {
  const others: Record<string, string> = {
    'a CI workflow': 'on: push\njobs:\n  build: {runs-on: ubuntu}\n',
    'a list of words': '- one\n- two\n',
    'a list of mappings without bodies': '- name: a\n  value: 1\n',
    'a mapping whose macros key holds a mapping': 'macros:\n  greeting: {body: Hei}\n',
    'a scalar': 'just text\n',
    'an empty file': '',
    'only comments': '# nothing here\n',
    'CloudFormation with custom tags': 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Name\n',
  };
  for (const [what, text] of Object.entries(others)) {
    it(`says ${what} is not a macro file, with no templates and no problems`, () => {
      expect(parseFile('x.yaml', text)).toEqual({ text, type: 'macros', templates: [], problems: [], notMacroFile: true });
    });
  }
});

describe('macro items that cannot be read', () => {
  it('skips items whose body is missing, a number, true, a list, a mapping or null, with a warning at the item or value', () => {
    const text = [
      'macros:',
      '  - title: missing',
      '  - title: number',
      '    body: 42',
      '  - title: boolean',
      '    body: true',
      '  - title: list',
      '    body:',
      '      - a',
      '  - title: mapping',
      '    body: {a: 1}',
      '  - title: null',
      '    body:',
      '  - plain string item',
      '  - title: ok',
      '    body: Hei',
      '',
    ].join('\n');
    const parsed = parseFile('m.yaml', text);
    expect(parsed.templates.map((t) => [t.index, t.label])).toEqual([[7, 'ok']]);
    expect(parsed.problems.map((p) => [p.severity, p.template, lineOf(text, p.offset)])).toEqual([
      ['warn', 0, 2],
      ['warn', 1, 4],
      ['warn', 2, 6],
      ['warn', 3, 9],
      ['warn', 4, 11],
      ['warn', 5, 13],
      ['warn', 6, 14],
    ]);
    expect(parsed.problems[0].message).toContain('missing');
  });

  it('warns about metadata of the wrong type at its key and keeps the macro', () => {
    const text = 'macros:\n  - body: Hei\n    lang: [fi]\n    tags: {a: 1}\n    replylint: [no-name]\n';
    const parsed = parseFile('m.yaml', text);
    expect(parsed.templates).toHaveLength(1);
    expect(parsed.problems.map((p) => [p.severity, p.template, lineOf(text, p.offset)])).toEqual([
      ['warn', 0, 3],
      ['warn', 0, 4],
      ['warn', 0, 5],
    ]);
  });
});

describe('broken and hostile YAML', () => {
  it('reports a syntax error at the offset the parser gives, and reads nothing', () => {
    const text = 'macros:\n  - body: "unclosed\n  - body: b\n';
    const parsed = parseFile('m.yaml', text);
    expect(parsed.templates).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ severity: 'error' });
    expect(parsed.problems[0].offset).toBeGreaterThanOrEqual(text.indexOf('"unclosed'));
  });

  it('reports an invalid escape at the escape', () => {
    const text = 'macros:\n  - body: "bad \\q escape"\n';
    const parsed = parseFile('m.yaml', text);
    expect(parsed.problems[0]).toMatchObject({ severity: 'error', offset: text.indexOf('\\q') });
  });

  it('reports a duplicate key at the second key', () => {
    const text = 'macros:\n  - body: a\n    body: b\n';
    expect(parseFile('m.yaml', text).problems).toEqual([{ severity: 'error', offset: text.lastIndexOf('body'), message: expect.stringMatching(/twice/) }]);
  });

  it('reports a second YAML document', () => {
    const parsed = parseFile('m.yaml', 'macros:\n  - body: a\n---\nmacros:\n  - body: b\n');
    expect(parsed.problems[0].severity).toBe('error');
    expect(parsed.templates).toEqual([]);
  });

  it('stops an alias bomb quickly, with a problem', () => {
    const names = 'abcdefghij';
    const lines = [`a: &a [${Array(9).fill('"lol"').join(',')}]`];
    for (let i = 1; i < names.length; i += 1) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill('*' + names[i - 1]).join(',')}]`);
    lines.push('macros:', '  - body: Hei', '    tags: *j');
    const started = performance.now();
    const parsed = parseFile('bomb.yaml', lines.join('\n') + '\n');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed.problems).toEqual([{ severity: 'error', offset: 0, message: expect.stringMatching(/alias/) }]);
    expect(parsed.templates).toEqual([]);
  });

  it('reads ordinary aliases, and never edits a body shared through one', () => {
    const text = 'shared: &hello Hei sinä\nmacros:\n  - {title: A, body: *hello}\n  - {title: B, body: Moi, tags: &t [x]}\n  - {title: C, body: Terve, tags: *t}\n';
    const parsed = parseFile('m.yaml', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates.map((t) => t.body)).toEqual(['Hei sinä', 'Moi', 'Terve']);
    expect(parsed.templates[2].meta.tags).toEqual(['x']);
    const shared = parsed.templates[0];
    expect(text.slice(shared.map.toFile(4), shared.map.toFile(8))).toBe('sinä');
    expect(shared.encoder.encode('x', shared.map.toFile(0))).toBeUndefined();
  });

  it('never runs a !!js/function tag, and reports it at the tag', () => {
    const marker = globalThis as { replylintRan?: boolean };
    const text = 'macros:\n  - body: !!js/function "function () { globalThis.replylintRan = true }"\n';
    const parsed = parseFile('m.yaml', text);
    expect(marker.replylintRan).toBeUndefined();
    expect(parsed.problems).toEqual([{ severity: 'error', offset: text.indexOf('!!js'), message: expect.stringContaining('!!js/function') }]);
    expect(parsed.templates).toEqual([]);
  });

  it('reports a local custom tag too', () => {
    expect(parseFile('m.yaml', '- body: !include other.md\n').problems[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('!include') });
  });
});
