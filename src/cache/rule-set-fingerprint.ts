// What the cache's results depend on besides the file and its settings: replylint's code, rules and data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/load-catalog.js';
import { BUILTIN_RULE_MODULES_DIR, BUILTIN_RULES_DIR, LANGUAGE_DATA_DIR, PACKAGE_ROOT } from '../catalog/package-root.js';
import { hashOf } from './content-hash.js';

/** Every file under `dir` whose name ends with one of `extensions`, sorted, as [path, bytes]. */
function filesUnder(dir: string, extensions: readonly string[]): Array<[string, Uint8Array]> {
  if (!existsSync(dir)) return [];
  const found: Array<[string, Uint8Array]> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !extensions.some((ext) => entry.name.endsWith(ext))) continue;
    const file = path.join(entry.parentPath, entry.name);
    found.push([file, readFileSync(file)]);
  }
  return found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The version, each rule's id, meta and check function, its phrase files and built module, the
 * language data, and replylint's built engine (dist/src). Hashing the built code as well as the
 * version means a development build or a patched install never serves results of other code; it
 * costs a few milliseconds (about 1 MB read once per run).
 */
export function ruleSetFingerprint(catalog: Catalog): string {
  const parts: Array<string | Uint8Array> = [`replylint ${catalog.version}`];
  const rel = (file: string) => path.relative(PACKAGE_ROOT, file);
  for (const { rule } of catalog.rules) {
    parts.push(rule.meta.id, JSON.stringify(rule.meta), rule.check.toString());
    const dataDir = rule.dataDir ?? path.join(BUILTIN_RULES_DIR, rule.meta.id);
    for (const [file, bytes] of filesUnder(dataDir, ['.yaml', '.yml'])) parts.push(rel(file), bytes);
    for (const [file, bytes] of filesUnder(path.join(BUILTIN_RULE_MODULES_DIR, rule.meta.id), ['.js'])) parts.push(rel(file), bytes);
  }
  for (const pack of catalog.languages) parts.push(`language ${pack.lang}`);
  for (const [file, bytes] of filesUnder(LANGUAGE_DATA_DIR, ['.yaml'])) parts.push(rel(file), bytes);
  for (const [file, bytes] of filesUnder(path.join(PACKAGE_ROOT, 'dist', 'src'), ['.js'])) parts.push(rel(file), bytes);
  return hashOf(...parts);
}
