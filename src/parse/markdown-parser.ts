// The Markdown parser (remark), loaded on first use: most replies are read without it (reply/simple-markdown.ts),
// and loading it was a fifth of a pre-commit run (issue 6). Loaded with require(), which reads ES modules
// synchronously from Node 20.19 on, so parsing stays synchronous.
import { createRequire } from 'node:module';
import type { Root } from 'mdast';

interface Parser {
  parse(text: string): unknown;
}

let parsers: { plain: Parser; frontMatter: Parser } | undefined;

/** The mdast tree of `text`; with `frontMatter`, a leading `---` block is read as a `yaml` node. */
export function parseMarkdown(text: string, frontMatter: boolean): Root {
  parsers ??= loadParsers();
  return (frontMatter ? parsers.frontMatter : parsers.plain).parse(text) as Root;
}

function loadParsers(): { plain: Parser; frontMatter: Parser } {
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
  return { plain: unified().use(remarkParse), frontMatter: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']) };
}
