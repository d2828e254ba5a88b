// `replylint explain <rule>`: the rule's README, as written.
import { readFileSync } from 'node:fs';
import leven from 'leven';
import type { Catalog } from '../catalog/load-catalog.js';
import { UsageError } from './exit-codes.js';

export function explainCommand(catalog: Catalog, id: string): string {
  const rule = catalog.rules.find((r) => r.rule.meta.id === id);
  if (!rule) {
    const nearest = catalog.info.ids.map((known) => ({ known, d: leven(known, id) })).sort((a, b) => a.d - b.d)[0];
    const hint = nearest && nearest.d <= 3 ? ` Did you mean “${nearest.known}”?` : ' Run `replylint rules` for the list.';
    throw new UsageError(`Unknown rule “${id}”.${hint}`);
  }
  const docs = catalog.docsFile(id);
  if (!docs) return `${id}: ${rule.rule.meta.description}\n`;
  const text = readFileSync(docs, 'utf8');
  return text.endsWith('\n') ? text : text + '\n';
}
