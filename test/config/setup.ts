// A small rule catalog and temporary-folder helpers for the config tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Severity } from '../../src/engine/types.js';
import type { RuleCatalogInfo } from '../../src/config/validate.js';

const OPTIONS: Record<string, Record<string, unknown>> = {
  jargon: { allow: [], add: [{ term: '', instead: '' }], minLength: 3, caseSensitive: false, extra: null, limits: { perReply: 5 } },
  'no-name': { names: [] as string[] },
};

export const catalog: RuleCatalogInfo = {
  ids: ['jargon', 'no-name', 'no-empathy', 'empty-template', 'bare-refusal'],
  options: (id) => OPTIONS[id],
};

export const defaults: Record<string, Severity> = {
  jargon: 'warn', 'no-name': 'error', 'no-empathy': 'info', 'empty-template': 'off', 'bare-refusal': 'warn',
};

/** Creates a temporary folder holding `files` (path → content); returns its absolute path. */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'replylint-config-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}
