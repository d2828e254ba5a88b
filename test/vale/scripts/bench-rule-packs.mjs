// Measures CPU time per template with all 148 public Vale rules against the built-in rules alone (`npm run build` first).
// Usage: node test/vale/scripts/bench-rule-packs.mjs [--profile]   (--profile: the ten most expensive Vale rules)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const DIST = process.env.REPLYLINT_DIST ?? new URL('../../../dist/', import.meta.url).pathname;
const { loadCatalog } = await import(join(DIST, 'src/catalog/load-catalog.js'));
const { createLinter } = await import(join(DIST, 'src/engine/linter.js'));
const { loadRulePacks } = await import(join(DIST, 'src/vale/load-rule-packs.js'));

const SHARED = fileURLToPath(new URL('../../../../shared/vale/', import.meta.url));
const STYLES = ['Microsoft', 'Google', 'write-good', 'proselint', 'alex', 'Joblint', 'Readability'];
const N = 1000;
const catalog = await loadCatalog();
const { rules } = await loadRulePacks(STYLES.map((s) => join('styles', s)), SHARED);
const body = (i) =>
  `Hi {{ customer.first_name }},\n\nThank you for contacting us about order ${i}. We have utilize the latest update, and it is very important that you simply restart the app. In order to fix the issue, please click on the link: https://example.com/help/${i}.\n\n- First, open **Settings**.\n- Then tap *Reset*.\n\nBest regards,\nSam\n`;

function run(prepared, label) {
  const linter = createLinter({ rules: prepared, languages: catalog.languages });
  const config = { lang: 'en', placeholders: [], rules: Object.fromEntries(prepared.map((r) => [r.rule.meta.id, { severity: 'warn', options: {} }])) };
  for (let i = 0; i < 50; i += 1) linter.lintText(body(i), { path: `w${i}.md`, config }); // warm up
  const cpu = process.cpuUsage();
  let findings = 0;
  for (let i = 0; i < N; i += 1) findings += linter.lintText(body(i), { path: `t${i}.md`, config }).messages.length;
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  console.log(`${label}: ${(ms / N).toFixed(3)} ms CPU per template (${findings} findings on ${N} templates)`);
  return ms / N;
}

/** The real corpus (../shared/corpus/real, English and Finnish macro files), linted 5 times: CPU ms per pass. */
function runCorpus(prepared, label) {
  const dir = join(SHARED, '../corpus/real');
  const files = readdirSync(dir).filter((f) => /\.(ya?ml|md)$/.test(f)).map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
  const linter = createLinter({ rules: prepared, languages: catalog.languages });
  const config = { lang: 'en', placeholders: [], rules: Object.fromEntries(prepared.map((r) => [r.rule.meta.id, { severity: 'warn', options: {} }])) };
  for (const f of files) linter.lintText(f.text, { path: f.path, config, explicit: true });
  const cpu = process.cpuUsage();
  for (let i = 0; i < 5; i += 1) for (const f of files) linter.lintText(f.text, { path: f.path, config, explicit: true });
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000 / 5;
  console.log(`${label}: ${ms.toFixed(0)} ms CPU per pass over the real corpus (${files.length} files)`);
  return ms;
}

const builtins = catalog.rules ?? [];
const vale = rules.map((rule) => ({ rule, data: new Map() }));
const a = run(builtins, `built-in rules (${builtins.length})`);
const b = run(vale, `Vale public rules (${vale.length})`);
console.log(`ratio Vale/built-in: ${(b / a).toFixed(1)}x`);
const c = runCorpus(builtins, 'built-in rules');
const d = runCorpus(vale, 'Vale public rules');
console.log(`ratio Vale/built-in on the corpus: ${(d / c).toFixed(1)}x`);

if (process.argv.includes('--profile')) {
  const costs = vale.map((r) => {
    const linter = createLinter({ rules: [r], languages: catalog.languages });
    const config = { lang: 'en', placeholders: [], rules: { [r.rule.meta.id]: { severity: 'warn', options: {} } } };
    const cpu = process.cpuUsage();
    for (let i = 0; i < 200; i += 1) linter.lintText(body(i), { path: `p${i}.md`, config });
    const used = process.cpuUsage(cpu);
    return [r.rule.meta.id, (used.user + used.system) / 1000 / 200];
  });
  const none = createLinter({ rules: [], languages: catalog.languages });
  const cpu = process.cpuUsage();
  for (let i = 0; i < 200; i += 1) none.lintText(body(i), { path: `p${i}.md`, config: { lang: 'en', placeholders: [], rules: {} } });
  const base = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000 / 200;
  console.log(`no rules: ${base.toFixed(3)} ms`);
  for (const [id, ms] of costs.sort((x, y) => y[1] - x[1]).slice(0, 15)) console.log(`  ${id}: ${(ms - base).toFixed(3)} ms`);
}
