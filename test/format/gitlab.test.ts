import { describe, expect, it } from 'vitest';
import { gitlab, type CodeQualityIssue } from '../../src/format/gitlab.js';
import { diagnostic, fileResult, positionOf, positionOfRange } from './make-result.js';

const options = { color: false, cwd: '/repo' };
const source = 'Hei asiakas,\ntikettisi ja tikettisi\non eskaloitu.\n';

function issues(text: string): CodeQualityIssue[] {
  return JSON.parse(text) as CodeQualityIssue[];
}

describe('gitlab', () => {
  it("writes GitLab's Code Quality issues: description, check name, md5 fingerprint, severity and lines", () => {
    const d = diagnostic({ ...positionOfRange(source, source.indexOf('ja'), source.indexOf('eskaloitu')), ruleId: 'bare-refusal', severity: 'error' });
    const [issue] = issues(gitlab([fileResult('/repo/templates/a.md', [d], { source })], options));
    expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
    expect(issue).toMatchObject({
      description: 'Say it plainly.',
      check_name: 'bare-refusal',
      severity: 'major',
      location: { path: 'templates/a.md', lines: { begin: 2, end: 3 } },
    });
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('maps info to info, warn to minor and error to major', () => {
    const messages = (['info', 'warn', 'error'] as const).map((severity) => diagnostic({ ...positionOf(source, 'Hei'), severity, messageId: severity }));
    expect(issues(gitlab([fileResult('/repo/a.md', messages, { source })], options)).map((i) => i.severity)).toEqual(['info', 'minor', 'major']);
  });

  it('gives every issue its own fingerprint, stable when lines are added above', () => {
    const flags = (text: string) => {
      const first = text.indexOf('tikettisi');
      const second = text.indexOf('tikettisi', first + 1);
      return [first, second].map((at) => diagnostic(positionOfRange(text, at, at + 'tikettisi'.length)));
    };
    const moved = `Uusi rivi.\nToinen.\n${source}`;
    const before = issues(gitlab([fileResult('/repo/a.md', flags(source), { source })], options));
    const after = issues(gitlab([fileResult('/repo/a.md', flags(moved), { source: moved })], options));
    expect(new Set(before.map((i) => i.fingerprint)).size).toBe(2);
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    expect(after.map((i) => i.location.lines.begin)).toEqual([4, 4]);
  });

  it('is an empty array when there is nothing to report', () => {
    expect(JSON.parse(gitlab([], options))).toEqual([]);
  });
});
