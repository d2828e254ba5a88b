// Floor 1: walk the given folders (or take the given files) and read every Markdown file, nothing more.
import { readFileSync } from 'node:fs';
import { markdownFiles } from './walk.mjs';

let bytes = 0;
for (const file of markdownFiles(process.argv.slice(2))) bytes += readFileSync(file, 'utf8').length;
process.stdout.write(`${bytes}\n`);
