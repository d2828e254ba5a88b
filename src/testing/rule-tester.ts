// Runs one rule on a template text, the way plugin authors and our own tests check a rule's behaviour.
import { applyEdits } from '../fix/apply.js';
import { createLinter, type LanguagePack } from '../engine/linter.js';
import type { PreparedRule } from '../engine/run-rule.js';
import type { Diagnostic } from '../engine/types.js';
import type { RuleOptions } from '../engine/rule.js';

export interface RuleRun {
  path?: string;
  lang?: string;
  options?: RuleOptions;
  signature?: string;
  platform?: string;
}

export class RuleTester {
  constructor(private readonly languages: readonly LanguagePack[]) {}

  /** Diagnostics of `rule` alone (parse errors included, so a broken example fails loudly). */
  lint(rule: PreparedRule, text: string, run: RuleRun = {}): Diagnostic[] {
    const id = rule.rule.meta.id;
    const linter = createLinter({ rules: [rule], languages: this.languages });
    const result = linter.lintText(text, {
      path: run.path ?? 'example.md',
      config: { lang: run.lang, platform: run.platform, signature: run.signature, placeholders: [], rules: { [id]: { severity: 'warn', options: run.options ?? {} } } },
      explicit: true,
    });
    return result.messages;
  }

  /** The text after applying the first suggestion of the first diagnostic. */
  applySuggestion(text: string, diagnostic: Diagnostic): string | undefined {
    const fix = diagnostic.suggestions?.[0]?.fix;
    return fix ? applyEdits(text, [fix]).output : undefined;
  }

  /** The text after applying every fix once. */
  applyFixes(text: string, diagnostics: readonly Diagnostic[]): string {
    return applyEdits(text, diagnostics.flatMap((d) => (d.fix ? [d.fix] : []))).output;
  }
}
