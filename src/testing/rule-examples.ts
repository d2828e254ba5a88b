// Reads the examples of a rule's README.md: fenced blocks marked `fails`, `passes`, `suggested`, `fixed`, `options`.
import type { Code, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from '../parse/yaml-lib.js';

export interface RuleExample {
  /** 'md' or 'yaml': the example is a Markdown template or a macro file. */
  format: 'md' | 'yaml';
  expect: 'fails' | 'passes';
  lang?: string;
  kind?: string;
  text: string;
  /** Rule options from the nearest `yaml options` block above. */
  options: Record<string, unknown>;
  /** The whole text after applying the first suggestion (`suggested` block right after). */
  suggested?: string;
  /** The whole text after --fix (`fixed` block right after). */
  fixed?: string;
  /** 1-based line of the block in the README. */
  line: number;
}

export function readRuleExamples(readme: string): RuleExample[] {
  const tree = unified().use(remarkParse).parse(readme) as Root;
  const examples: RuleExample[] = [];
  let options: Record<string, unknown> = {};
  for (const node of tree.children) {
    if (node.type !== 'code' || !node.lang) continue;
    const words = (node.meta ?? '').split(/\s+/).filter(Boolean);
    const attrs = Object.fromEntries(words.filter((w) => w.includes('=')).map((w) => w.split('=', 2) as [string, string]));
    const flag = words.find((w) => !w.includes('='));
    const text = blockText(node);
    if (flag === 'options') {
      options = (parseYaml(text) as Record<string, unknown> | null) ?? {};
    } else if (flag === 'fails' || flag === 'passes') {
      if (node.lang !== 'md' && node.lang !== 'yaml') continue;
      examples.push({ format: node.lang, expect: flag, lang: attrs.lang, kind: attrs.kind, text, options, line: node.position?.start.line ?? 0 });
    } else if (flag === 'suggested' || flag === 'fixed') {
      const previous = examples[examples.length - 1];
      if (previous?.expect === 'fails') previous[flag] = text;
    }
  }
  return examples;
}

/** A code block's text as a file holds it: with its final newline. */
const blockText = (node: Code) => node.value + '\n';
