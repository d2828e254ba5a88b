// Not a test: with VALE_DUMP=<file> set, writes every alert replylint gives on Vale's fixtures, to compare before/after a change.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import { createLinter } from '../../../src/engine/linter.js';
import { loadRulePacks } from '../../../src/vale/load-rule-packs.js';
import { readScenarios, runScenario, SHARED } from '../vale-harness.js';

const out = process.env.VALE_DUMP;
describe.skipIf(!out)('dump of Vale fixture alerts', () => {
  it('writes them', async () => {
    const { languages } = await loadCatalog();
    const scenarios = [
      ...['checks', 'styles', 'misc', 'frontmatter'].flatMap((f) => readScenarios(join(SHARED, 'testdata/features', `${f}.feature`), join(SHARED, 'testdata/fixtures'))),
      ...readdirSync(join(SHARED, 'styles'))
        .filter((s) => existsSync(join(SHARED, 'styles', s, 'features/rules.feature')))
        .flatMap((s) => readScenarios(join(SHARED, 'styles', s, 'features/rules.feature'), join(SHARED, 'styles', s, 'fixtures'))),
    ];
    const lines: string[] = [];
    for (const s of scenarios) {
      if (!existsSync(s.dir)) continue;
      try {
        const run = await runScenario(s, languages);
        for (const l of run.actual) lines.push(`${s.dir.replace(SHARED, '')} ${l}`);
      } catch (e) {
        lines.push(`${s.dir.replace(SHARED, '')} SKIP ${(e as Error).message}`);
      }
    }
    // All 148 public rules on the real corpus and on every Markdown/text fixture, fixes and suggestions included.
    const { rules } = await loadRulePacks(['Microsoft', 'Google', 'write-good', 'proselint', 'alex', 'Joblint', 'Readability'].map((st) => join('styles', st)), SHARED);
    const linter = createLinter({ rules: rules.map((rule) => ({ rule, data: new Map() })), languages });
    const config = { lang: 'en', placeholders: [], rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: 'warn' as const, options: {} }])) };
    const corpus = join(SHARED, '../corpus/real');
    const files = [
      ...readdirSync(corpus).filter((f) => /\.(ya?ml|md)$/.test(f)).map((f) => join(corpus, f)),
      ...(readdirSync(SHARED, { recursive: true }) as string[]).filter((f) => /fixtures.*\.(md|txt)$/.test(f)).map((f) => join(SHARED, f)),
    ].sort();
    for (const file of files) {
      const result = linter.lintText(readFileSync(file, 'utf8'), { path: file, config, explicit: true });
      for (const m of result.messages) lines.push(`${file.replace(SHARED, '')} ${m.offset}-${m.endOffset} ${m.ruleId} ${m.message} ${JSON.stringify(m.fix ?? null)} ${JSON.stringify(m.suggestions ?? null)}`);
    }
    writeFileSync(out!, lines.join('\n') + '\n');
  }, 300_000);
});
