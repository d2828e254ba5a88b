import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, junit } from '../../src/format/junit.js';
import { diagnostic, fileResult, positionOf } from './make-result.js';
import { parseXml, type XmlElement } from './minimal-xml.js';

const options = { color: false, cwd: '/repo' };
const source = '- title: Refund\n  body: Hei asiakas, tiketti on suljettu.\n- title: Delay\n  body: Hei, tiketti odottaa.\n';

function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

describe('junit', () => {
  it('writes one suite per file, one case per template and one failure per diagnostic', () => {
    const messages = [
      diagnostic({ ...positionOf(source, 'asiakas'), template: 'Refund', templateIndex: 0 }),
      diagnostic({ ...positionOf(source, 'tiketti on'), template: 'Refund', templateIndex: 0, suggestions: [{ desc: 'Say “viesti”' }] }),
      diagnostic({ ...positionOf(source, 'odottaa'), template: 'Delay', templateIndex: 1, ruleId: 'bare-refusal', severity: 'error', message: 'Say why.' }),
    ];
    const root = parseXml(junit([fileResult('/repo/macros/m.yaml', messages, { source })], options));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '2', failures: '3' });
    const [suite] = children(root, 'testsuite');
    expect(suite.attributes).toMatchObject({ name: 'macros/m.yaml', tests: '2', failures: '3' });
    const cases = children(suite, 'testcase');
    expect(cases.map((c) => [c.attributes.name, c.attributes.classname, children(c, 'failure').length])).toEqual([
      ['Refund', 'macros/m.yaml', 2],
      ['Delay', 'macros/m.yaml', 1],
    ]);
    const refund = children(cases[0], 'failure');
    expect(refund[1].attributes).toEqual({ message: 'Say it plainly.', type: 'jargon' });
    expect(refund[1].text).toBe('2:22 warning jargon Say it plainly.\n→ Say “viesti”');
    expect(children(cases[1], 'failure')[0].text).toBe('4:22 error bare-refusal Say why.');
  });

  it('shows a file without problems as one passing case named after the file', () => {
    const root = parseXml(junit([fileResult('/repo/templates/ok.md', [])], options));
    const [suite] = children(root, 'testsuite');
    expect(suite.attributes).toMatchObject({ tests: '1', failures: '0' });
    const [only] = children(suite, 'testcase');
    expect(only.attributes).toEqual({ name: 'ok.md', classname: 'templates/ok.md' });
    expect(only.children).toEqual([]);
  });

  it('puts messages about the whole file in a case named after the file, before the templates', () => {
    const messages = [
      diagnostic({ ...positionOf(source, 'Hei,'), template: 'Delay', templateIndex: 1 }),
      diagnostic({ ...positionOf(source, '- title'), ruleId: 'parse-error', severity: 'error', message: 'Bad YAML.' }),
    ];
    const [suite] = children(parseXml(junit([fileResult('/repo/m.yaml', messages)], options)), 'testsuite');
    expect(children(suite, 'testcase').map((c) => c.attributes.name)).toEqual(['m.yaml', 'Delay']);
  });

  it('stays well-formed and reads back exactly with markup, quotes, line breaks and forbidden characters in the text', () => {
    const message = 'Use <b>&amp;</b> "quotes" \'too\' ]]> \r\n\ttab \u0001\u0008\uFFFE\uD800 end';
    const readable = 'Use <b>&amp;</b> "quotes" \'too\' ]]> \r\n\ttab  end';
    const d = diagnostic({ ...positionOf(source, 'asiakas'), message, template: 'A "<Refund>" & more', ruleId: 'x&y' });
    const out = junit([fileResult('/repo/a&b <c>.md', [d])], options);
    const [suite] = children(parseXml(out), 'testsuite');
    expect(suite.attributes.name).toBe('a&b <c>.md');
    const [testcase] = children(suite, 'testcase');
    expect(testcase.attributes.name).toBe('A "<Refund>" & more');
    const [failure] = children(testcase, 'failure');
    expect(failure.attributes).toEqual({ message: readable, type: 'x&y' });
    expect(failure.text).toBe(`2:13 warning x&y ${readable}`);
  });

  it('escapes for attributes and for text as each needs', () => {
    expect(escapeXmlAttribute('a<b>&"\'\t\n\r')).toBe('a&lt;b&gt;&amp;&quot;&apos;&#9;&#10;&#13;');
    expect(escapeXmlText('a<b>&\n\t\r')).toBe('a&lt;b&gt;&amp;\n\t&#13;');
  });

  it('is a complete document even when there is nothing to report', () => {
    const root = parseXml(junit([], options));
    expect(root).toMatchObject({ name: 'testsuites', attributes: { tests: '0', failures: '0' }, children: [] });
  });

  it('rejects malformed XML (so the checks above can fail)', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow();
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
    expect(() => parseXml('<a>x</a><b/>')).toThrow();
  });
});
