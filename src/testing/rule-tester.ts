// Runs one rule on template texts, the way plugin authors and our own tests check a rule's behaviour.
import { loadLanguages, prepareRule, stemsOf } from '../catalog/load-catalog.js';
import { applyEdits } from '../fix/apply.js';
import { createLinter, type LanguagePack } from '../engine/linter.js';
import type { PreparedRule } from '../engine/run-rule.js';
import type { Diagnostic } from '../engine/types.js';
import type { Rule, RuleOptions } from '../engine/rule.js';

export interface RuleRun {
  path?: string;
  lang?: string;
  options?: RuleOptions;
  signature?: string;
  platform?: string;
}

/** A template the rule must pass: its text, and how it is linted (a string is the text alone). */
export interface ValidCase {
  code: string;
  /** Test name; default: the first line of the code. */
  name?: string;
  /** Decides Markdown or YAML macros by extension; default `example.md`. */
  filename?: string;
  /** Language of a template without `lang` in its front matter (the config's `lang`). */
  lang?: string;
  options?: RuleOptions;
  /** The config's `signature` and `platform`. */
  signature?: string;
  platform?: string;
}

/** One expected report; each property given is compared, the others are not. */
export interface ExpectedError {
  messageId?: string;
  message?: string | RegExp;
  /** 1-based; columns in UTF-16 units, end exclusive. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The report's suggestions, in order: each one's description and the whole text after applying it. */
  suggestions?: Array<{ desc?: string; output?: string }>;
}

/** A template the rule must report: how many reports, or each one, and the text after --fix. */
export interface InvalidCase extends ValidCase {
  errors: number | ExpectedError[];
  /** The whole text after applying every fix once; `null`: the rule offers no fix here. */
  output?: string | null;
}

export interface RuleTestCases {
  valid?: Array<string | ValidCase>;
  invalid?: InvalidCase[];
}

type Describe = (name: string, body: () => void) => unknown;
type It = (name: string, body: () => Promise<void>) => unknown;

export interface RuleTesterOptions {
  /** The test framework's `describe` and `it` (vitest, jest, mocha, node:test); default: global ones, else run directly. */
  describe?: Describe;
  it?: It;
}

/** A failed case: the case's name and what differs. */
export class RuleTesterError extends Error {
  override name = 'RuleTesterError';
}

let languagesLoading: Promise<LanguagePack[]> | undefined;
const sharedLanguages = () => (languagesLoading ??= loadLanguages());

const show = (value: unknown) => (value instanceof RegExp ? String(value) : JSON.stringify(value));
const nameOf = (c: ValidCase) => c.name ?? (c.code.split('\n').find((l) => l.trim() !== '' && l !== '---') ?? '(empty)').slice(0, 60);

export class RuleTester {
  /** Set once for every tester, as with ESLint: `RuleTester.describe = describe; RuleTester.it = it`. */
  static describe: Describe | undefined;
  static it: It | undefined;

  private readonly languages: readonly LanguagePack[] | undefined;
  private readonly framework: RuleTesterOptions;

  /** Give language data (our own tests) or nothing (plugin authors: replylint's languages load when needed). */
  constructor(setup?: readonly LanguagePack[] | RuleTesterOptions) {
    this.languages = Array.isArray(setup) ? setup : undefined;
    this.framework = Array.isArray(setup) ? {} : ((setup as RuleTesterOptions | undefined) ?? {});
  }

  /** Diagnostics of `rule` alone (parse errors included, so a broken example fails loudly). Needs the languages given to the constructor. */
  lint(rule: PreparedRule, text: string, run: RuleRun = {}, languages = this.languages): Diagnostic[] {
    if (!languages) throw new Error('RuleTester.lint needs language data: use run(), or pass languages to the constructor');
    const id = rule.rule.meta.id;
    const linter = createLinter({ rules: [rule], languages });
    const result = linter.lintText(text, {
      path: run.path ?? 'example.md',
      config: { lang: run.lang, platform: run.platform, signature: run.signature, placeholders: [], rules: { [id]: { severity: 'warn', options: run.options ?? {} } } },
      explicit: true,
    });
    return result.messages;
  }

  /** The text after applying the first suggestion of the first diagnostic. */
  applySuggestion(text: string, diagnostic: Diagnostic, index = 0): string | undefined {
    const fix = diagnostic.suggestions?.[index]?.fix;
    return fix ? applyEdits(text, [fix]).output : undefined;
  }

  /** The text after applying every fix once. */
  applyFixes(text: string, diagnostics: readonly Diagnostic[]): string {
    return applyEdits(text, diagnostics.flatMap((d) => (d.fix ? [d.fix] : []))).output;
  }

  /**
   * Checks a rule against valid and invalid templates. With a test framework, each case is a test of its
   * own inside `describe(name)`; without one, the returned promise rejects with every failure at once.
   */
  run<O extends RuleOptions>(name: string, rule: Rule<O> | PreparedRule, cases: RuleTestCases): Promise<void> {
    const describe = this.framework.describe ?? RuleTester.describe ?? (globalThis as { describe?: Describe }).describe;
    const it = this.framework.it ?? RuleTester.it ?? (globalThis as { it?: It }).it;
    let prepared: Promise<{ rule: PreparedRule; languages: readonly LanguagePack[] }> | undefined;
    const setup = () => (prepared ??= (async () => {
      const languages = this.languages ?? (await sharedLanguages());
      const ready = 'check' in rule ? prepareRule(rule as unknown as Rule, undefined, stemsOf(languages)) : rule;
      return { rule: ready, languages };
    })());
    const all = [
      ...(cases.valid ?? []).map((c) => (typeof c === 'string' ? { code: c } : c)).map((c) => ({ title: `valid: ${nameOf(c)}`, body: async () => this.checkValid(await setup(), c) })),
      ...(cases.invalid ?? []).map((c) => ({ title: `invalid: ${nameOf(c)}`, body: async () => this.checkInvalid(await setup(), c) })),
    ];
    if (describe && it) {
      describe(name, () => {
        for (const test of all) it(test.title, test.body);
      });
      return Promise.resolve();
    }
    return (async () => {
      const failures: string[] = [];
      for (const test of all) {
        try {
          await test.body();
        } catch (error) {
          failures.push(`${test.title}\n  ${(error as Error).message.replace(/\n/g, '\n  ')}`);
        }
      }
      if (failures.length > 0) throw new RuleTesterError(`${name}: ${failures.length} of ${all.length} cases failed\n${failures.join('\n')}`);
    })();
  }

  private reportsOf({ rule, languages }: { rule: PreparedRule; languages: readonly LanguagePack[] }, c: ValidCase): Diagnostic[] {
    const messages = this.lint(rule, c.code, { path: c.filename, lang: c.lang, options: c.options, signature: c.signature, platform: c.platform }, languages);
    const id = rule.rule.meta.id;
    const others = messages.filter((m) => m.ruleId !== id);
    if (others.length > 0) throw new RuleTesterError(others.map((m) => `${m.ruleId}: ${m.message} (${m.line}:${m.column})`).join('\n'));
    return messages;
  }

  private checkValid(setup: { rule: PreparedRule; languages: readonly LanguagePack[] }, c: ValidCase): void {
    const reports = this.reportsOf(setup, c);
    if (reports.length > 0) {
      throw new RuleTesterError(`expected no reports, got ${reports.length}:\n${reports.map((m) => `${m.line}:${m.column} ${m.messageId}: ${m.message}`).join('\n')}`);
    }
  }

  private checkInvalid(setup: { rule: PreparedRule; languages: readonly LanguagePack[] }, c: InvalidCase): void {
    const reports = this.reportsOf(setup, c);
    const expected = typeof c.errors === 'number' ? c.errors : c.errors.length;
    const problems: string[] = [];
    if (reports.length !== expected) {
      problems.push(`expected ${expected} report${expected === 1 ? '' : 's'}, got ${reports.length}${reports.map((m) => `\n  ${m.line}:${m.column} ${m.messageId}: ${m.message}`).join('')}`);
    } else if (Array.isArray(c.errors)) {
      c.errors.forEach((want, i) => {
        const got = reports[i]!;
        const differ = (what: string, actual: unknown, wanted: unknown) => problems.push(`report ${i + 1}: ${what} is ${show(actual)}, expected ${show(wanted)}`);
        for (const key of ['messageId', 'line', 'column', 'endLine', 'endColumn'] as const) {
          if (want[key] !== undefined && got[key] !== want[key]) differ(key, got[key], want[key]);
        }
        if (typeof want.message === 'string' && got.message !== want.message) differ('message', got.message, want.message);
        if (want.message instanceof RegExp && !want.message.test(got.message)) differ('message', got.message, want.message);
        if (want.suggestions) {
          const suggestions = got.suggestions ?? [];
          if (suggestions.length !== want.suggestions.length) differ('the number of suggestions', suggestions.length, want.suggestions.length);
          else want.suggestions.forEach((s, k) => {
            if (s.desc !== undefined && suggestions[k]!.desc !== s.desc) differ(`suggestion ${k + 1}'s desc`, suggestions[k]!.desc, s.desc);
            const output = this.applySuggestion(c.code, got, k);
            if (s.output !== undefined && output !== s.output) differ(`the text after suggestion ${k + 1}`, output ?? '(no edit)', s.output);
          });
        }
      });
    }
    if (c.output !== undefined) {
      const fixed = reports.some((m) => m.fix) ? this.applyFixes(c.code, reports) : null;
      if (fixed !== c.output) problems.push(c.output === null ? `expected no fix, but the fixes give ${show(fixed)}` : `the text after fixes is ${show(fixed ?? c.code)}, expected ${show(c.output)}`);
    }
    if (problems.length > 0) throw new RuleTesterError(problems.join('\n'));
  }
}
