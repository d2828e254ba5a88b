// Vale's own expectations (testdata feature files and the public styles' feature files), run through replylint.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { readScenarios, runScenario, SHARED, type Scenario } from './vale-harness.js';

const { languages } = await loadCatalog();

const scenarios: Scenario[] = [
  ...['checks', 'styles', 'misc', 'frontmatter'].flatMap((f) => readScenarios(join(SHARED, 'testdata/features', `${f}.feature`), join(SHARED, 'testdata/fixtures'))),
  ...readdirSync(join(SHARED, 'styles'))
    .filter((s) => existsSync(join(SHARED, 'styles', s, 'features/rules.feature')))
    .flatMap((s) => readScenarios(join(SHARED, 'styles', s, 'features/rules.feature'), join(SHARED, 'styles', s, 'fixtures'))),
];

/**
 * Expected alert lines we reproduce (same file, line, code-point column, rule and message) and lines we add, per
 * check type, over every scenario whose files and rules we can read. docs/vale.md explains each gap: raw Markdown
 * syntax, inline code, Vocab, Vale's fallback positions, and feature files recorded with older Vale versions.
 */
const FLOOR: Record<string, { found: number; expected: number; extra: number }> = {
  existence: { found: 189, expected: 202, extra: 12 },
  substitution: { found: 89, expected: 118, extra: 29 },
  occurrence: { found: 6, expected: 10, extra: 2 },
  repetition: { found: 7, expected: 10, extra: 4 },
  consistency: { found: 2, expected: 3, extra: 1 },
  conditional: { found: 3, expected: 3, extra: 0 },
  capitalization: { found: 8, expected: 12, extra: 5 },
  metric: { found: 2, expected: 2, extra: 0 },
};

describe('Vale feature scenarios', () => {
  it('reproduce Vale\'s expected alerts for the supported check types, no fewer than recorded', async () => {
    const perType = new Map<string, { expected: number; found: number; extra: number }>();
    const rows: string[] = [];
    for (const s of scenarios) {
      if (!existsSync(s.dir)) continue;
      let run;
      try {
        run = await runScenario(s, languages);
      } catch (e) {
        rows.push(`SKIP ${s.name}: ${(e as Error).message}`);
        continue;
      }
      const actual = new Set(run.actual);
      const expected = new Set(run.expected);
      const missing = run.expected.filter((l) => !actual.has(l));
      const extra = s.exact ? run.actual.filter((l) => !expected.has(l)) : [];
      for (const l of run.expected) {
        const t = run.types.get(l.split(':')[3])?.type ?? '?';
        const row = perType.get(t) ?? perType.set(t, { expected: 0, found: 0, extra: 0 }).get(t)!;
        row.expected += 1;
        if (actual.has(l)) row.found += 1;
      }
      for (const l of extra) {
        const t = run.types.get(l.split(':')[3])?.type ?? '?';
        const row = perType.get(t) ?? perType.set(t, { expected: 0, found: 0, extra: 0 }).get(t)!;
        row.extra += 1;
      }
      const ok = missing.length === 0 && extra.length === 0;
      rows.push(`${ok ? 'PASS' : 'FAIL'} ${s.feature.replace(SHARED, '')} :: ${s.name} (${run.expected.length} compared, ${run.excluded.length} excluded)`);
      for (const l of missing) rows.push(`   - ${l}`);
      for (const l of extra) rows.push(`   + ${l}`);
    }
    console.log(rows.join('\n'));
    console.log([...perType].map(([t, r]) => `${t}: ${r.found}/${r.expected} found, ${r.extra} extra`).join('\n'));
    for (const [type, floor] of Object.entries(FLOOR)) {
      const row = perType.get(type) ?? { expected: 0, found: 0, extra: 0 };
      expect({ type, expected: row.expected }).toEqual({ type, expected: floor.expected });
      expect(row.found, `${type}: expected lines found`).toBeGreaterThanOrEqual(floor.found);
      expect(row.extra, `${type}: lines Vale does not expect`).toBeLessThanOrEqual(floor.extra);
    }
  }, 300_000);
});
