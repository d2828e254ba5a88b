import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/format/github.js';
import { diagnostic, fileResult, positionOf } from './make-result.js';

const source = 'Hei asiakas\nValitettavasti ei\n';
const options = { color: false, cwd: '/repo' };

/** Reads a workflow command back the way GitHub's runner does: split, then unescape (%25 last). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
  }
  const message = match[3].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return { command: match[1], properties, message };
}

describe('github', () => {
  it('prints one workflow command per problem with the span, a title naming the rule, and the message', () => {
    const results = [fileResult('/repo/templates/a.md', [diagnostic(positionOf(source, 'asiakas'))], { source })];
    expect(github(results, options)).toBe(
      '::warning file=templates/a.md,line=1,endLine=1,col=5,endColumn=12,title=replylint (jargon)::Say it plainly.',
    );
  });

  it('uses error for errors, warning for warnings and notice for infos', () => {
    const messages = (['error', 'warn', 'info'] as const).map((severity) => diagnostic({ ...positionOf(source, 'Hei'), severity }));
    const lines = github([fileResult('/repo/a.md', messages)], options).split('\n');
    expect(lines.map((l) => parseCommand(l).command)).toEqual(['error', 'warning', 'notice']);
  });

  it('encodes %, CR and LF in the message, so a hostile message stays one annotation', () => {
    const message = 'Use 100% of it\r\n::error file=evil.md::injected\nlast';
    const out = github([fileResult('/repo/a.md', [diagnostic({ ...positionOf(source, 'Hei'), message })])], options);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toContain('::Use 100%25 of it%0D%0A::error file=evil.md::injected%0Alast');
    expect(parseCommand(out).message).toBe(message);
  });

  it('encodes %, CR, LF, : and , in property values, so they cannot start a new property', () => {
    const file = '/repo/team, Tier 2/100%: refunds\r\n.md';
    const out = github([fileResult(file, [diagnostic({ ...positionOf(source, 'Hei'), ruleId: 'acme:tone,strict' })])], options);
    expect(out).toContain('file=team%2C Tier 2/100%25%3A refunds%0D%0A.md,');
    expect(out).toContain('title=replylint (acme%3Atone%2Cstrict)::');
    const { properties } = parseCommand(out);
    expect(properties).toEqual({
      file: 'team, Tier 2/100%: refunds\r\n.md', line: '1', endLine: '1', col: '1', endColumn: '4',
      title: 'replylint (acme:tone,strict)',
    });
  });

  it('escapes exactly the characters GitHub specifies', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
    // Already-escaped-looking text is escaped again, not passed through.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('adds each suggestion on its own line after the message', () => {
    const d = diagnostic({ ...positionOf(source, 'asiakas'), suggestions: [{ desc: 'Use the name' }, { desc: 'Say “you”' }] });
    const { message } = parseCommand(github([fileResult('/repo/a.md', [d])], options));
    expect(message).toBe('Say it plainly.\n→ Use the name\n→ Say “you”');
  });

  it('makes other control characters visible instead of sending them to the log', () => {
    const d = diagnostic({ ...positionOf(source, 'Hei'), message: 'bad \u001b[31mred' });
    expect(github([fileResult('/repo/a.md', [d])], options)).not.toContain('\u001b');
  });

  it('names files relative to the working directory with forward slashes, and keeps outside paths', () => {
    const results = [
      fileResult('/repo/deep/dir/a.md', [diagnostic(positionOf(source, 'Hei'))]),
      fileResult('/elsewhere/b.md', [diagnostic(positionOf(source, 'Hei'))]),
    ];
    const files = github(results, options).split('\n').map((l) => parseCommand(l).properties.file);
    expect(files).toEqual(['deep/dir/a.md', '/elsewhere/b.md']);
  });

  it('prints nothing when there are no problems', () => {
    expect(github([fileResult('/repo/a.md', [], { notices: [{ message: 'skipped' }] })], options)).toBe('');
  });
});
