// Reads replylint's own YAML data (phrase files, language data), through a JSON copy made at build time.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from '../parse/yaml-lib.js';
import { BUILTIN_RULES_DIR, LANGUAGE_DATA_DIR, PACKAGE_ROOT } from './package-root.js';

/** Parsing the phrase YAML costs more than all the linting of a pre-commit run; JSON.parse is ~50 times cheaper. */
const JSON_DIR = join(PACKAGE_ROOT, 'dist', 'data');

const jsonCopyOf = (yamlPath: string) => join(JSON_DIR, relative(PACKAGE_ROOT, yamlPath) + '.json');

/** The parsed YAML file; the JSON copy is used only when it is at least as new as the YAML. */
export function readDataFile(path: string): unknown {
  const copy = jsonCopyOf(path);
  if (path.startsWith(PACKAGE_ROOT) && existsSync(copy) && statSync(copy).mtimeMs >= statSync(path).mtimeMs) {
    return JSON.parse(readFileSync(copy, 'utf8')) as unknown;
  }
  return parseYaml(readFileSync(path, 'utf8')) as unknown;
}

/** Writes the JSON copies of every built-in data file (run by `npm run build`). */
export function precompileDataFiles(): number {
  const files = [
    ...readdirSync(LANGUAGE_DATA_DIR).filter((f) => f.endsWith('.yaml')).map((f) => join(LANGUAGE_DATA_DIR, f)),
    ...readdirSync(BUILTIN_RULES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(BUILTIN_RULES_DIR, d.name)).filter((f) => f.endsWith('.yaml')).map((f) => join(BUILTIN_RULES_DIR, d.name, f))),
  ];
  for (const file of files) {
    const copy = jsonCopyOf(file);
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, JSON.stringify(parseYaml(readFileSync(file, 'utf8'))));
  }
  return files.length;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) precompileDataFiles();
