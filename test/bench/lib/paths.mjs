// Where the benchmark finds the repository, the shared corpus generator, its own peers and its scratch folder.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const repoRoot = resolve(benchDir, '..', '..');
export const corpusDir = join(benchDir, '.corpus');
export const peersDir = join(benchDir, 'node_modules');
/** The engineers' shared folder sits next to the checkout; REPLYLINT_SHARED points elsewhere. */
export const sharedDir = process.env.REPLYLINT_SHARED
  ? resolve(process.env.REPLYLINT_SHARED)
  : resolve(repoRoot, '..', 'shared');

// test/bench/node_modules holds older unified/remark/yaml copies pulled in by the peers; a bare import from
// here would find those first, so the floors load the project's own copies by resolving from its root.
const projectRequire = createRequire(join(repoRoot, 'package.json'));

/** Imports a package as the project itself would see it. */
export async function importFromProject(name) {
  return import(pathToFileURL(projectRequire.resolve(name)).href);
}

/** The version of a package installed in the project's node_modules. */
export function projectPackageVersion(name) {
  // Read from the folder, not through require: most of these packages do not export their package.json.
  return JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
}
