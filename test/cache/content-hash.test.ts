import { describe, expect, it } from 'vitest';
import { hashOf, stableJson } from '../../src/cache/content-hash.js';

describe('cache hashes', () => {
  it('tell part boundaries apart', () => {
    expect(hashOf('ab', 'c')).not.toBe(hashOf('a', 'bc'));
    expect(hashOf('ä')).toBe(hashOf(new TextEncoder().encode('ä')));
  });

  it('sort object keys at every depth but keep array order', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});
