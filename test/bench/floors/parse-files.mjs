// Floor 2, the least a unified-based linter must do: read each template, parse its Markdown with
// remark-parse + remark-frontmatter, and parse the front matter with `yaml` (the project's own copies).
import { readFileSync } from 'node:fs';
import { importFromProject } from '../lib/paths.mjs';
import { markdownFiles } from './walk.mjs';

const { unified } = await importFromProject('unified');
const { default: remarkParse } = await importFromProject('remark-parse');
const { default: remarkFrontmatter } = await importFromProject('remark-frontmatter');
const { parseDocument } = await importFromProject('yaml');

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
let nodes = 0;
for (const file of markdownFiles(process.argv.slice(2))) {
  const tree = processor.parse(readFileSync(file, 'utf8'));
  const frontMatter = tree.children[0]?.type === 'yaml' ? tree.children[0].value : '';
  nodes += tree.children.length + (parseDocument(frontMatter).errors.length === 0 ? 1 : 0);
}
process.stdout.write(`${nodes}\n`);
