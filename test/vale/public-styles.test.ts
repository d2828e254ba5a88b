import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadRulePacks } from '../../src/vale/load-rule-packs.js';

const SHARED = fileURLToPath(new URL('../../../shared/vale/', import.meta.url));
const STYLES = ['Microsoft', 'Google', 'write-good', 'proselint', 'alex', 'Joblint', 'Readability'];

describe('the seven public Vale styles', () => {
  it('load every rule without a problem: 148 rules, none skipped', async () => {
    const started = Date.now();
    const loaded = await loadRulePacks(STYLES.map((s) => `styles/${s}`), SHARED);
    console.log(`loaded ${loaded.rules.length} rules in ${Date.now() - started} ms`);
    console.log(loaded.notices.map((n) => `${n.file}: ${n.message}`).join('\n'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.rules).toHaveLength(148);
  }, 120_000);
});
