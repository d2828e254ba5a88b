// `npm pack` ships everything the installed command reads at run time.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

describe('the npm package', () => {
  it('contains the built code, every rule’s data and docs, and the language data', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = new Set((JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path));
    expect(files).toContain('bin/replylint.js');
    expect(files).toContain('dist/src/cli/program.js');
    for (const lang of readdirSync(join(ROOT, 'src/language/data'))) expect(files).toContain(`src/language/data/${lang}`);
    // Every rule folder.
    for (const rule of readdirSync(join(ROOT, 'rules'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
      expect(files).toContain(`rules/${rule}/README.md`);
      expect(files).toContain(`dist/rules/${rule}/index.js`);
    }
    expect([...files].some((f) => f.startsWith('test/') || f.startsWith('fixtures/'))).toBe(false);
  });
});
