import { describe, expect, it } from 'vitest';
import { atMostQuadratic, compileUserPattern, isPatternRefusal } from '../../src/patterns/compile-user-pattern.js';

describe('compileUserPattern', () => {
  it.each(['(a+)+$', '(\\w+\\s?)*$', '(a|a)*b'])('refuses the catastrophic pattern %s and names the dangerous part', (source) => {
    const result = compileUserPattern(source, 'u');
    expect(isPatternRefusal(result)).toBe(true);
    expect((result as { message: string }).message).toMatch(/exponential.*around “/);
  });

  it('compiles safe patterns, keeping the flags', () => {
    const result = compileUserPattern('\\{\\w+\\}', 'gu');
    expect(result).toBeInstanceOf(RegExp);
    expect((result as RegExp).flags).toBe('gu');
    expect(compileUserPattern('(?:foo|bar)+baz', 'u')).toBeInstanceOf(RegExp);
  });

  it('reports a pattern that does not compile as a value, not an exception', () => {
    expect(compileUserPattern('(a', 'u')).toEqual({ message: expect.stringContaining('not a valid regular expression') });
  });

  it('refuses cubic backtracking and, when asked, quadratic', () => {
    expect(isPatternRefusal(compileUserPattern('a*a*a*b', 'u'))).toBe(true);
    expect(compileUserPattern('\\s+\\S+\\s+x', 'u')).toBeInstanceOf(RegExp);
    expect(isPatternRefusal(compileUserPattern('\\s*\\s*x', 'u', { allowQuadratic: false }))).toBe(true);
  });

  it('skips the checker only for patterns that cannot be worse than quadratic', () => {
    expect(atMostQuadratic('\\b(?:foo|bar baz)\\b')).toBe(true);
    expect(atMostQuadratic('[a-z]+\\s+x')).toBe(true);
    expect(atMostQuadratic('(?:ab)+')).toBe(false);
    expect(atMostQuadratic('a+b+c+')).toBe(false);
    expect(atMostQuadratic('[+*]\\+\\*')).toBe(true);
  });
});
