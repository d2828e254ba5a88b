// Temporary projects for plugin tests: files, the example plugin installed in node_modules, replylint beside it.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../e2e/run-cli.js';

export const EXAMPLE_PLUGIN = join(ROOT, 'fixtures/plugins/replylint-plugin-acme');

/** A folder holding `files`; with `installPlugin`, node_modules has the example plugin and replylint (as a peer). */
export function project(files: Record<string, string>, { installPlugin = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-plugins-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  if (installPlugin) {
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    cpSync(EXAMPLE_PLUGIN, join(dir, 'node_modules/replylint-plugin-acme'), { recursive: true });
    symlinkSync(ROOT, join(dir, 'node_modules/replylint'), 'dir');
  }
  return dir;
}

/** A local plugin module exporting `source` (ES module text). */
export const localPlugin = (source: string): Record<string, string> => ({ 'team-rules/index.js': source });
