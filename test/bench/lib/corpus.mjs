// Generates the benchmark corpora once with the shared generator and reuses them on later runs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, sharedDir } from './paths.mjs';

const seed = '1';

/** The corpora every run measures: name → generator arguments. */
const corpora = {
  'files-10': ['--files', '10'],
  'files-1000': ['--files', '1000'],
  'files-10000': ['--files', '10000'],
  'macros-10000': ['--yaml-macros', '10000'],
};

/**
 * Folders of the corpora, generating the missing ones. A `<name>.done` file beside each folder records the
 * arguments it was made with, so an interrupted or differently made folder is made again, not trusted.
 */
export function ensureCorpora(log) {
  const generator = join(sharedDir, 'bench', 'gen-corpus.mjs');
  const folders = {};
  for (const [name, args] of Object.entries(corpora)) {
    const out = join(corpusDir, name);
    const marker = `${out}.done`;
    const recipe = JSON.stringify({ args, seed });
    folders[name] = out;
    if (existsSync(marker) && readFileSync(marker, 'utf8') === recipe && existsSync(out)) continue;
    if (!existsSync(generator)) throw new Error(`corpus generator not found: ${generator} (set REPLYLINT_SHARED)`);
    log(`generating ${name} …`);
    rmSync(out, { recursive: true, force: true });
    execFileSync(process.execPath, [generator, '--out', out, '--seed', seed, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(marker, recipe);
  }
  return {
    /** The ten templates of the pre-commit case, named one by one as a hook would pass them. */
    tenDir: folders['files-10'],
    tenFiles: markdownFilesIn(folders['files-10']),
    files1000: folders['files-1000'],
    files10000: folders['files-10000'],
    macrosFile: join(folders['macros-10000'], 'macros.yaml'),
  };
}

function markdownFilesIn(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}
