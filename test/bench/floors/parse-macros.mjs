// Floor for a macro collection: `yaml`'s parseDocument of the whole file, then a remark parse of every
// macro body (argument `--yaml-only` stops after parseDocument, to show what the YAML part alone costs).
import { readFileSync } from 'node:fs';
import { importFromProject } from '../lib/paths.mjs';

const [file, mode] = process.argv.slice(2);
const { parseDocument } = await importFromProject('yaml');
const document = parseDocument(readFileSync(file, 'utf8'));
const macros = document.get('macros');
let nodes = macros.items.length;
if (mode !== '--yaml-only') {
  const { unified } = await importFromProject('unified');
  const { default: remarkParse } = await importFromProject('remark-parse');
  const processor = unified().use(remarkParse);
  for (const macro of macros.items) nodes += processor.parse(String(macro.get('body') ?? '')).children.length;
}
process.stdout.write(`${nodes}\n`);
