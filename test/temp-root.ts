import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Every test makes its folders with `os.tmpdir()`; pointing TMPDIR at one folder per run (workers and
 * spawned CLIs inherit it) lets the run remove all of them at the end instead of leaving thousands behind.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'replylint-test-run-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
