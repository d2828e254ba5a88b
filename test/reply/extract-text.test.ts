import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/reply/extract-text.js';

const render = (body: string, frontMatter = false) => extractText(body, { format: 'markdown', frontMatter });

/** The body text that a span of reply text maps to. */
const source = (body: string, r: ReturnType<typeof render>, word: string) => {
  const at = r.text.indexOf(word);
  expect(at, `“${word}” in the text`).toBeGreaterThanOrEqual(0);
  const range = r.map.toFileRange(at, at + word.length);
  return { slice: body.slice(range.start, range.end), exact: range.exact };
};

describe('extractText', () => {
  it('keeps emphasis and link text and drops markers, URLs, code and images', () => {
    const body = 'Hi **Sam**, see [the _help_ page](https://x.test/a) or `ticket --id`. ![logo](l.png)\n';
    const r = render(body);
    expect(r.text).toBe('Hi Sam, see the help page or . ');
    expect(source(body, r, 'help')).toEqual({ slice: 'help', exact: true });
  });

  it('maps words after front matter, ä, ö and an emoji to their file offsets', () => {
    const body = '---\nlang: fi\n---\nHei 😀 Äiti,\n\nTilauksesi on myöhässä.\n';
    const r = render(body, true);
    expect(r.text).toBe('Hei 😀 Äiti,\n\nTilauksesi on myöhässä.');
    expect(source(body, r, 'myöhässä')).toEqual({ slice: 'myöhässä', exact: true });
    expect(source(body, r, 'Äiti')).toEqual({ slice: 'Äiti', exact: true });
  });

  it('treats escapes and entities as whole units', () => {
    const body = 'Price \\*not\\* final &auml;lä\n';
    const r = render(body);
    expect(r.text).toBe('Price *not* final älä');
    expect(source(body, r, 'final')).toEqual({ slice: 'final', exact: true });
    const star = r.map.toFileRange(6, 7);
    expect(body.slice(star.start, star.end)).toBe('\\*');
  });

  it('keeps placeholders as written and reports their spans, even with Markdown characters inside', () => {
    const body = 'Hi {{ticket.requester.first_name}},\n\nThanks, {{current_user.first_name | fallback: "the_team"}}\n';
    const r = render(body);
    expect(r.placeholders.map((p) => r.text.slice(p.start, p.end))).toEqual(['{{ticket.requester.first_name}}', '{{current_user.first_name | fallback: "the_team"}}']);
  });

  it('finds URLs and e-mail addresses in text so that rules skip them', () => {
    const r = render('Write to help@acme.test or see https://acme.test/ticket-status.\n');
    expect(r.ignored.map((s) => r.text.slice(s.start, s.end))).toEqual(['help@acme.test', 'https://acme.test/ticket-status']);
  });

  it('reads HTML bodies as lines, and comments as directives', () => {
    const body = '<p>Hei {{customer_name}},</p>\n<p>Kiitos viestist&auml;si!<br/>\nJohanna</p>\n<!-- replylint-disable-next-line no-name -->\n';
    const r = render(body);
    expect(r.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['Hei {{customer_name}},', 'Kiitos viestistäsi!', 'Johanna']);
    expect(r.directives).toEqual([{ type: 'disable-next-line', rules: ['no-name'], offset: body.indexOf('<!--') }]);
  });

  it('maps text in block quotes and list items past their markers', () => {
    const body = '> Quoted line one\n> and two\n\n- item **one**\n  continued\n';
    const r = render(body);
    expect(source(body, r, 'two')).toEqual({ slice: 'two', exact: true });
    expect(source(body, r, 'continued')).toEqual({ slice: 'continued', exact: true });
  });

  it('reads a body without Markdown syntax as it is, blocks split at blank lines', () => {
    const body = 'Hello Sam\r\n\r\nAll good now\r\nJane\r\n';
    const r = render(body);
    expect(r.blocks.map((b) => r.text.slice(b.start, b.end))).toEqual(['Hello Sam', 'All good now\r\nJane']);
    expect(source(body, r, 'Jane')).toEqual({ slice: 'Jane', exact: true });
  });
});
