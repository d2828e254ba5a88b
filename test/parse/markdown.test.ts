import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/index.js';

describe('Markdown templates', () => {
  it('reads front matter into metadata and keeps the whole file as the body', () => {
    const text = '---\ntitle: Palautus\nlang: fi\nkind: refusal\ntags: [a]\nplatform: zendesk\nreplylint: {disable: [no-name]}\n---\nHei!\n';
    const parsed = parseFile('a.md', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates[0].meta).toEqual({ title: 'Palautus', lang: 'fi', kind: 'refusal', tags: ['a'], platform: 'zendesk', settings: { disable: ['no-name'], rules: undefined } });
    expect(parsed.templates[0].body).toBe(text);
  });

  it('reports front matter that is never closed, at the start of the file', () => {
    const parsed = parseFile('a.md', '---\ntitle: x\nHei!\n');
    expect(parsed.templates).toEqual([]);
    expect(parsed.problems).toEqual([{ severity: 'error', offset: 0, message: expect.stringMatching(/never closed/) }]);
  });

  it('reports a YAML error in front matter at its offset', () => {
    const text = '---\ntitle: x\nlang: [fi\n---\nHei\n';
    const parsed = parseFile('a.md', text);
    expect(parsed.problems[0].severity).toBe('error');
    expect(parsed.problems[0].offset).toBeGreaterThan(text.indexOf('lang') - 1);
  });

  it('warns about front matter keys of the wrong type and goes on', () => {
    const parsed = parseFile('a.md', '---\nlang: [fi]\n---\nHei\n');
    expect(parsed.problems[0]).toMatchObject({ severity: 'warn', offset: 4 });
    expect(parsed.templates).toHaveLength(1);
  });

  it('reads .txt as plain text, with no front matter', () => {
    const parsed = parseFile('a.txt', '---\nnot: front matter\n---\n');
    expect(parsed.type).toBe('text');
    expect(parsed.templates[0].meta).toEqual({ tags: [] });
  });
});
