// The kernel (parse, reply, language, engine, rules) never touches files, the process or the terminal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/run-cli.js';

const KERNEL = ['src/parse', 'src/reply', 'src/language', 'src/engine', 'rules'];
const FORBIDDEN = /from\s+['"](node:)?(fs|fs\/promises|process|child_process|chalk|commander)['"]|\bprocess\.(env|exit|argv|stdout|stderr|cwd)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('kernel purity', () => {
  for (const dir of KERNEL) {
    it(`${dir} imports no file system, process, chalk or commander`, () => {
      const offenders = sources(join(ROOT, dir)).filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')));
      expect(offenders.map((f) => f.slice(ROOT.length))).toEqual([]);
    });
  }
});
