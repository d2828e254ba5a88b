// Finds a plugin's module file: a package from the config file's folder upwards (not replylint's), or a local path.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ResolvedPlugin {
  /** The module to import. */
  file: string;
  /** For a package: its name and version from its package.json. */
  packageName?: string;
  packageVersion?: string;
}

export const isModulePath = (reference: string): boolean =>
  /^\.\.?[\\/]/.test(reference) || path.isAbsolute(reference) || reference.startsWith('file:');

const PLUGIN_PACKAGE = /^(?:(@[^/]+)\/)?replylint-plugin(?:-(.+))?$/;

/**
 * The rule id prefix of a plugin named so: `replylint-plugin-acme` → `acme`, `@acme/replylint-plugin` →
 * `@acme`, `@acme/replylint-plugin-tone` → `@acme/tone` (ESLint's convention); another name is its own prefix.
 */
export function pluginPrefix(name: string): string {
  const match = PLUGIN_PACKAGE.exec(name);
  if (!match) return name;
  const [, scope, rest] = match;
  if (scope && rest) return `${scope}/${rest}`;
  return scope ?? rest ?? name;
}

interface PackageJson {
  name?: string;
  version?: string;
  main?: string;
  exports?: unknown;
}

function readPackage(file: string): PackageJson | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}

/** The entry an ESM import of the package's root would load: `exports` ('.', then import/node/default), else `main`. */
function entryOf(pkg: PackageJson): string {
  let entry: unknown = pkg.exports;
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry) && '.' in entry) entry = (entry as Record<string, unknown>)['.'];
  while (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
    const conditions = entry as Record<string, unknown>;
    entry = conditions.import ?? conditions.node ?? conditions.default ?? conditions.require;
  }
  return typeof entry === 'string' ? entry : pkg.main ?? 'index.js';
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A folder is imported through its package.json entry or its index.js, as a package would be. */
function moduleFile(target: string): string | undefined {
  if (isFile(target)) return target;
  if (!existsSync(target)) return undefined;
  const pkg = readPackage(path.join(target, 'package.json'));
  const candidates = [pkg ? path.join(target, entryOf(pkg)) : undefined, path.join(target, 'index.js'), path.join(target, 'index.mjs')];
  return candidates.find((c): c is string => c !== undefined && isFile(c));
}

/** The plugin's module, or a sentence saying where it was looked for. */
export function resolvePlugin(reference: string, baseDir: string): ResolvedPlugin | { error: string } {
  if (isModulePath(reference)) {
    const target = reference.startsWith('file:') ? fileURLToPath(reference) : path.resolve(baseDir, reference);
    const file = moduleFile(target);
    if (file) {
      const pkg = isFile(target) ? undefined : readPackage(path.join(target, 'package.json'));
      return pkg?.name ? { file, packageName: pkg.name, packageVersion: pkg.version } : { file };
    }
    return { error: `cannot find the module (looked for ${target})` };
  }
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(reference)) {
    return { error: 'not a package name or a module path (write ./path/to/plugin.js for a local module)' };
  }
  for (let dir = path.resolve(baseDir); ; dir = path.dirname(dir)) {
    const root = path.join(dir, 'node_modules', reference);
    const pkg = readPackage(path.join(root, 'package.json'));
    if (pkg) {
      const file = path.join(root, entryOf(pkg));
      if (!isFile(file)) return { error: `its package.json points to ${file}, which does not exist (is the package built?)` };
      return { file, packageName: pkg.name ?? reference, packageVersion: pkg.version };
    }
    if (path.dirname(dir) === dir) break;
  }
  const named = PLUGIN_PACKAGE.test(reference) || reference.startsWith('@') ? '' : ` (plugin packages are usually named replylint-plugin-${reference})`;
  return { error: `cannot find the package in node_modules from ${baseDir} upwards: install it there${named}` };
}
