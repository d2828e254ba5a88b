import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/types.js';
import type { RuleSummary } from '../../src/format/index.js';
import { FINGERPRINT_KEY, sarif, toSarifLog, type SarifLog } from '../../src/format/sarif.js';
import { diagnostic, fileResult, positionOf, positionOfRange } from './make-result.js';

const options = { color: false, cwd: '/repo' };
const source = 'Hei asiakas,\n\nValitettavasti tikettisi on eskaloitu.\n';

const rules: RuleSummary[] = [
  { id: 'jargon', description: 'A reply uses words customers understand.', docsUrl: 'https://example.org/rules/jargon', severity: 'warn', help: 'Replace help-desk terms with **plain words**.' },
  { id: 'bare-refusal', description: 'A refusal says why and what the customer can do.', severity: 'error' },
  { id: 'no-name', description: 'A person signs the reply.', severity: 'info', docsUrl: 'rules/no-name/README.md' },
];

/** The position of the `n`th (0-based) occurrence of `needle`. */
function nth(text: string, needle: string, n: number) {
  let at = -1;
  for (let i = 0; i <= n; i += 1) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`occurrence ${n} of "${needle}" not found`);
  return positionOfRange(text, at, at + needle.length);
}

function log(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}

function fingerprints(results: Parameters<typeof toSarifLog>[0]): string[] {
  return toSarifLog(results, options).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
}

describe('sarif', () => {
  it('is one SARIF 2.1.0 run by replylint that counts columns in UTF-16 code units', () => {
    const out = log(sarif([], { ...options, toolVersion: '1.2.3' }));
    expect(out.version).toBe('2.1.0');
    expect(out.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(out.runs).toHaveLength(1);
    expect(out.runs[0]).toMatchObject({
      tool: { driver: { name: 'replylint', version: '1.2.3', rules: [] } },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///repo/' } },
      results: [],
    });
  });

  it('describes each rule that has a result once, from the rule metadata the CLI passes', () => {
    const messages = [
      diagnostic({ ...positionOf(source, 'tikettisi') }),
      diagnostic({ ...positionOf(source, 'eskaloitu') }),
      diagnostic({ ...positionOf(source, 'Valitettavasti'), ruleId: 'bare-refusal', severity: 'error' }),
    ];
    const driver = toSarifLog([fileResult('/repo/a.md', messages, { source })], { ...options, rules }).runs[0].tool.driver;
    expect(driver.rules.map((r) => r.id)).toEqual(['bare-refusal', 'jargon']);
    expect(driver.rules[1]).toEqual({
      id: 'jargon',
      shortDescription: { text: 'A reply uses words customers understand.' },
      fullDescription: { text: 'A reply uses words customers understand.' },
      help: {
        text: 'Replace help-desk terms with **plain words**.\n\nDocumentation: https://example.org/rules/jargon',
        markdown: 'Replace help-desk terms with **plain words**.\n\n[Documentation](https://example.org/rules/jargon)',
      },
      helpUri: 'https://example.org/rules/jargon',
      defaultConfiguration: { level: 'warning' },
    });
    expect(driver.rules[0].defaultConfiguration).toEqual({ level: 'error' });
    expect(driver.rules[0]).not.toHaveProperty('helpUri');
  });

  it('keeps a documentation path that is not a URL out of helpUri but in the help text', () => {
    const d = diagnostic({ ...positionOf(source, 'Hei'), ruleId: 'no-name', severity: 'info' });
    const [rule] = toSarifLog([fileResult('/repo/a.md', [d])], { ...options, rules }).runs[0].tool.driver.rules;
    expect(rule).not.toHaveProperty('helpUri');
    expect(rule.help?.text).toContain('rules/no-name/README.md');
    expect(rule.defaultConfiguration).toEqual({ level: 'note' });
  });

  it('derives a minimal rule entry when no metadata is passed', () => {
    const messages = [diagnostic(positionOf(source, 'Hei')), diagnostic({ ...positionOf(source, 'Hei'), ruleId: 'parse-error', severity: 'error' })];
    const driver = toSarifLog([fileResult('/repo/a.md', messages)], options).runs[0].tool.driver;
    expect(driver.rules.map((r) => r.id)).toEqual(['jargon', 'parse-error']);
    expect(driver.rules[0].shortDescription.text).toBe('jargon');
    expect(driver.rules[1].shortDescription.text).not.toBe('parse-error');
  });

  it('gives each result its rule, level, message and the exact 1-based span relative to %SRCROOT%', () => {
    const messages = [
      diagnostic({ ...positionOf(source, 'eskaloitu') }),
      diagnostic({ ...positionOf(source, 'Valitettavasti'), ruleId: 'bare-refusal', severity: 'error', message: 'Say why.' }),
      diagnostic({ ...positionOf(source, 'Hei'), ruleId: 'no-name', severity: 'info', message: 'Sign it.' }),
    ];
    const run = toSarifLog([fileResult('/repo/templates/a.md', messages, { source })], { ...options, rules }).runs[0];
    expect(run.results.map((r) => [r.ruleId, run.tool.driver.rules[r.ruleIndex].id, r.level])).toEqual([
      ['jargon', 'jargon', 'warning'],
      ['bare-refusal', 'bare-refusal', 'error'],
      ['no-name', 'no-name', 'note'],
    ]);
    expect(run.results[0].message).toEqual({ text: 'Say it plainly.' });
    expect(run.results[0].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'templates/a.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 29, endLine: 3, endColumn: 38 },
        },
      },
    ]);
  });

  it('encodes file names as URI references, and names files outside the working directory by file: URL', () => {
    const d = diagnostic(positionOf(source, 'Hei'));
    const run = toSarifLog([fileResult('/repo/Tier 2/hyvitys #1 ä.md', [d]), fileResult('/other/b.md', [d])], options).runs[0];
    expect(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation)).toEqual([
      { uri: 'Tier%202/hyvitys%20%231%20%C3%A4.md', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///other/b.md' },
    ]);
  });

  it('turns a fix and each writable suggestion into SARIF fixes whose replacements rewrite the file', () => {
    const at = positionOf(source, 'tikettisi');
    const d = diagnostic({
      ...at,
      fix: { range: [at.offset, at.endOffset], text: 'viestisi' },
      suggestions: [
        { desc: 'Say “kysymyksesi”', fix: { range: [at.offset, at.endOffset], text: 'kysymyksesi' } },
        { desc: 'Rephrase the sentence' },
      ],
    });
    const [result] = toSarifLog([fileResult('/repo/a.md', [d], { source })], options).runs[0].results;
    expect(result.fixes?.map((f) => [f.properties.kind, f.description?.text])).toEqual([
      ['fix', 'Say it plainly.'],
      ['suggestion', 'Say “kysymyksesi”'],
    ]);
    const applied = result.fixes!.map((f) => {
      const [change] = f.artifactChanges;
      expect(change.artifactLocation).toEqual({ uri: 'a.md', uriBaseId: '%SRCROOT%' });
      const [{ deletedRegion, insertedContent }] = change.replacements;
      const start = deletedRegion.charOffset!;
      return source.slice(0, start) + (insertedContent?.text ?? '') + source.slice(start + deletedRegion.charLength!);
    });
    expect(applied[0]).toBe('Hei asiakas,\n\nValitettavasti viestisi on eskaloitu.\n');
    expect(applied[1]).toBe('Hei asiakas,\n\nValitettavasti kysymyksesi on eskaloitu.\n');
    // Every suggestion, writable or not, is also in the message a reviewer reads.
    expect(result.message.text).toBe('Say it plainly.\n→ Say “kysymyksesi”\n→ Rephrase the sentence');
  });

  it('writes a deletion as a replacement without inserted content', () => {
    const at = positionOf(source, ' on');
    const d = diagnostic({ ...at, fix: { range: [at.offset, at.endOffset], text: '' } });
    const [result] = toSarifLog([fileResult('/repo/a.md', [d], { source })], options).runs[0].results;
    expect(result.fixes?.[0].artifactChanges[0].replacements).toEqual([{ deletedRegion: { charOffset: at.offset, charLength: 3 } }]);
  });

  it('keeps the template label in the result properties', () => {
    const d = diagnostic({ ...positionOf(source, 'Hei'), template: 'Refund', templateIndex: 2, messageId: 'jargonWord' });
    const [result] = toSarifLog([fileResult('/repo/m.yaml', [d])], options).runs[0].results;
    expect(result.properties).toEqual({ template: 'Refund', templateIndex: 2, messageId: 'jargonWord' });
  });
});

describe('sarif fingerprints', () => {
  const macro = (body: string) => `- title: Refund\n  body: |\n${body}`;
  const before = macro('    Hei,\n    tikettisi on käsittelyssä.\n');
  const after = `# two new lines\n# above the macro\n${before}`;
  const flag = (text: string, extra: Partial<Diagnostic> = {}) =>
    diagnostic({ ...positionOf(text, 'tikettisi'), template: 'Refund', templateIndex: 0, ...extra });

  it('keeps a problem’s fingerprint when lines are added above it', () => {
    const first = toSarifLog([fileResult('/repo/m.yaml', [flag(before)], { source: before })], options).runs[0].results[0];
    const second = toSarifLog([fileResult('/repo/m.yaml', [flag(after)], { source: after })], options).runs[0].results[0];
    expect(second.locations[0].physicalLocation.region.startLine).toBe(first.locations[0].physicalLocation.region.startLine + 2);
    expect(second.partialFingerprints).toEqual(first.partialFingerprints);
    expect(first.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives two identical flags in one template different fingerprints, each stable', () => {
    const text = macro('    tikettisi ja tikettisi\n');
    const moved = `\n\n${text}`;
    const flags = (t: string) => [0, 1].map((n) => diagnostic({ ...nth(t, 'tikettisi', n), template: 'Refund', templateIndex: 0 }));
    const [a, b] = fingerprints([fileResult('/repo/m.yaml', flags(text), { source: text })]);
    expect(a).not.toBe(b);
    // Reported in the other order, each occurrence keeps its own fingerprint.
    expect(fingerprints([fileResult('/repo/m.yaml', flags(moved).reverse(), { source: moved })])).toEqual([b, a]);
  });

  it('tells apart the same words in another template, another file, another rule or another message', () => {
    const base = fingerprints([fileResult('/repo/m.yaml', [flag(before)], { source: before })])[0];
    const variants = [
      fingerprints([fileResult('/repo/m.yaml', [flag(before, { template: 'Delay' })], { source: before })])[0],
      fingerprints([fileResult('/repo/n.yaml', [flag(before)], { source: before })])[0],
      fingerprints([fileResult('/repo/m.yaml', [flag(before, { ruleId: 'no-empathy' })], { source: before })])[0],
      fingerprints([fileResult('/repo/m.yaml', [flag(before, { messageId: 'other' })], { source: before })])[0],
    ];
    expect(new Set([base, ...variants]).size).toBe(5);
  });

  it('ignores how the flagged words are wrapped and the message wording', () => {
    const wrapped = macro('    Hei, tikettisi\n    on\n');
    const oneLine = macro('    Hei, tikettisi on\n');
    const span = (t: string) => positionOfRange(t, t.indexOf('tikettisi'), t.indexOf('on\n') + 2);
    const a = fingerprints([fileResult('/repo/m.yaml', [diagnostic({ ...span(wrapped), template: 'Refund' })], { source: wrapped })]);
    const b = fingerprints([fileResult('/repo/m.yaml', [diagnostic({ ...span(oneLine), template: 'Refund', message: 'Reworded.' })], { source: oneLine })]);
    expect(a).toEqual(b);
  });
});
