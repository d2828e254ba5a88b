// Builds a LintRunner from serialisable inputs, so the command line and every worker thread lint with the same rules.
import type { Catalog } from '../catalog/load-catalog.js';
import { loadLintSetup, type LintSetup, type SetupOptions } from '../catalog/load-setup.js';
import { LintRunner, type LintRunOptions } from './lint-paths.js';

/** The per-run options a worker needs to lint a file exactly as the main thread would. */
export type RunnerFlags = Pick<LintRunOptions, 'lang' | 'fix' | 'fixDryRun' | 'skipNonTemplates' | 'reportUnusedDisableDirectives'>;

/** Plain data (structured-clonable): cwd, config path, `--rule` values and flags. Functions and loaded rules never cross threads. */
export interface RunnerSetup extends SetupOptions {
  flags: RunnerFlags;
}

/** The catalog and configuration of a setup (plugins and rule packs included): the first half of building a runner. */
export function loadRunnerSetup(setup: RunnerSetup, base?: Catalog): Promise<LintSetup> {
  return loadLintSetup({ cwd: setup.cwd, configPath: setup.configPath, overrideConfig: setup.overrideConfig }, base);
}

/**
 * The runner for a loaded setup: the one way the main thread and every worker make theirs. `extra` adds
 * what stays on the main thread (cache, suppressions, --changed-since, concurrency).
 */
export function runnerFor(setup: RunnerSetup, loaded: LintSetup, extra: Omit<Partial<LintRunOptions>, 'configuration' | 'cwd' | 'workerSetup'> = {}): LintRunner {
  return new LintRunner(loaded.catalog, { cwd: setup.cwd, configuration: loaded.configuration, ...setup.flags, ...extra, workerSetup: setup });
}
