// A file's messages grouped by the template they belong to, in file order.
import type { Diagnostic } from '../engine/types.js';

export interface TemplateGroup {
  /** The template's label (title, or `template #N`); undefined for messages about the file as a whole. */
  label?: string;
  messages: Diagnostic[];
}

/** File-level messages first, then one group per template in file order; each sorted by position. */
export function groupByTemplate(messages: readonly Diagnostic[]): TemplateGroup[] {
  const byKey = new Map<string, TemplateGroup & { order: number }>();
  for (const m of messages) {
    const hasTemplate = m.template !== undefined || m.templateIndex !== undefined;
    const key = hasTemplate ? `${m.templateIndex ?? ''}\u0000${m.template ?? ''}` : '';
    let group = byKey.get(key);
    if (!group) {
      const label = hasTemplate ? (m.template ?? `template #${m.templateIndex}`) : undefined;
      const order = m.templateIndex ?? (hasTemplate ? Number.MAX_SAFE_INTEGER : -1);
      group = { label, messages: [], order };
      byKey.set(key, group);
    }
    group.messages.push(m);
  }
  const groups = [...byKey.values()];
  for (const g of groups) g.messages.sort((a, b) => a.line - b.line || a.column - b.column);
  // Stable: templates without an index keep the order they first appeared in.
  return groups.sort((a, b) => a.order - b.order || firstLine(a) - firstLine(b));
}

function firstLine(group: TemplateGroup): number {
  return group.messages[0]?.line ?? 0;
}
