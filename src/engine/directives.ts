// Decides which diagnostics Markdown comment directives silence, and remembers which directives silenced nothing.
import type { Directive } from '../parse/types.js';

interface Range {
  fromLine: number;
  toLine: number; // inclusive; Infinity while open
  rules: string[]; // empty: all
  /** The directive that opened the range. */
  directive: Directive & { line: number };
  used: boolean;
}

export class DirectiveFilter {
  private readonly ranges: Range[] = [];

  constructor(directives: readonly (Directive & { line: number })[]) {
    const open: Range[] = [];
    for (const d of [...directives].sort((a, b) => a.line - b.line)) {
      const range = (fromLine: number, toLine: number): Range => ({ fromLine, toLine, rules: d.rules, directive: d, used: false });
      if (d.type === 'disable-next-line') this.ranges.push(range(d.line + 1, d.line + 1));
      else if (d.type === 'disable-line') this.ranges.push(range(d.line, d.line));
      else if (d.type === 'disable') {
        const r = range(d.line, Infinity);
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
    let silenced = false;
    for (const r of this.ranges) {
      if ((r.rules.length === 0 || r.rules.includes(ruleId)) && r.fromLine <= line && line <= r.toLine) {
        r.used = true;
        silenced = true;
      }
    }
    return silenced;
  }

  /** Directives that silenced no diagnostic (call after every diagnostic went through `silences`). */
  unused(): Array<Directive & { line: number }> {
    return this.ranges.filter((r) => !r.used).map((r) => r.directive);
  }
}
