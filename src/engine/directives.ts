// Decides which diagnostics inline directives silence: front-matter `replylint.disable` and Markdown comments.
import type { Directive } from '../parse/types.js';

interface Range {
  fromLine: number;
  toLine: number; // inclusive; Infinity while open
  rules: string[]; // empty: all
}

export class DirectiveFilter {
  private readonly ranges: Range[] = [];

  constructor(directives: readonly (Directive & { line: number })[]) {
    const open: Range[] = [];
    for (const d of [...directives].sort((a, b) => a.line - b.line)) {
      if (d.type === 'disable-next-line') this.ranges.push({ fromLine: d.line + 1, toLine: d.line + 1, rules: d.rules });
      else if (d.type === 'disable-line') this.ranges.push({ fromLine: d.line, toLine: d.line, rules: d.rules });
      else if (d.type === 'disable') {
        const r = { fromLine: d.line, toLine: Infinity, rules: d.rules };
        open.push(r);
        this.ranges.push(r);
      } else {
        // enable: closes the ranges it names (all when it names none)
        for (const r of open) {
          if (r.toLine !== Infinity) continue;
          if (d.rules.length === 0 || r.rules.length === 0 || d.rules.some((id) => r.rules.includes(id))) r.toLine = d.line;
        }
      }
    }
  }

  silences(ruleId: string, line: number): boolean {
    return this.ranges.some((r) => (r.rules.length === 0 || r.rules.includes(ruleId)) && r.fromLine <= line && line <= r.toLine);
  }
}
