import { describe, expect, it } from 'vitest';
import { suppressionOptions } from '../../src/suppressions/suppression-flags.js';

const ids = ['jargon', 'no-name'];
const whole = { stdin: false, changedSince: false };
const stdin = { stdin: true, changedSince: false };

describe('suppression flags', () => {
  it('default to applying replylint-suppressions.json in the working folder', () => {
    expect(suppressionOptions({}, '/repo', ids, whole)).toEqual({ file: '/repo/replylint-suppressions.json' });
    expect(suppressionOptions({ suppressionsLocation: 'ci/base.json' }, '/repo', ids, whole)).toEqual({ file: '/repo/ci/base.json' });
  });

  it('turn --suppress-all, --suppress-rule and --prune-suppressions into one update', () => {
    expect(suppressionOptions({ suppressAll: true }, '/r', ids, whole)).toMatchObject({ update: { record: 'all' } });
    expect(suppressionOptions({ suppressRule: ['jargon', 'jargon', 'parse-error'] }, '/r', ids, whole)).toMatchObject({ update: { record: ['jargon', 'parse-error'] } });
    expect(suppressionOptions({ pruneSuppressions: true }, '/r', ids, whole)).toMatchObject({ update: 'prune' });
  });

  it('refuse two updates at once, updates from standard input or of changed macros only, and unknown rules (with a hint)', () => {
    expect(suppressionOptions({ pruneSuppressions: true }, '/r', ids, { stdin: false, changedSince: true })).toHaveProperty('error');
    expect(suppressionOptions({}, '/r', ids, { stdin: false, changedSince: true })).not.toHaveProperty('error');
    expect(suppressionOptions({ suppressAll: true, suppressRule: ['jargon'] }, '/r', ids, whole)).toHaveProperty('error');
    expect(suppressionOptions({ suppressAll: true, pruneSuppressions: true }, '/r', ids, whole)).toHaveProperty('error');
    expect(suppressionOptions({ suppressAll: true }, '/r', ids, stdin)).toHaveProperty('error');
    expect(suppressionOptions({}, '/r', ids, stdin)).not.toHaveProperty('error');
    const unknown = suppressionOptions({ suppressRule: ['jargn'] }, '/r', ids, whole);
    expect('error' in unknown && unknown.error).toMatch(/unknown rule “jargn”.*`jargon`/);
  });
});
