// Lists the Markdown files under the given paths, as a linter's file discovery would.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files named directly are kept as given; folders are walked for `.md` files, in a stable order. */
export function markdownFiles(paths) {
  const files = [];
  for (const path of paths) {
    if (!statSync(path).isDirectory()) {
      files.push(path);
      continue;
    }
    const found = readdirSync(path, { recursive: true }).filter((name) => name.endsWith('.md'));
    for (const name of found.sort()) files.push(join(path, name));
  }
  return files;
}
