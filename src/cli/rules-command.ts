// `replylint rules`: every rule with its default severity, languages, source and description.
import type { Catalog } from '../catalog/load-catalog.js';

export function rulesCommand(catalog: Catalog): string {
  const rows = catalog.rules.map(({ rule: { meta } }) => [
    meta.id,
    meta.severity,
    (meta.languages ?? ['any']).join(','),
    [meta.fixable ? 'fix' : '', meta.hasSuggestions ? 'suggest' : ''].filter(Boolean).join('+') || '-',
    catalog.sourceOf(meta.id),
    meta.description,
  ]);
  const header = ['rule', 'default', 'languages', 'fixes', 'source', 'requirement'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
