// The command line: options, subcommands, and the one place that turns failures into exit codes.
import { Command, InvalidArgumentError, Option } from 'commander';
import { join } from 'node:path';
import { CatalogError, loadCatalog } from '../catalog/load-catalog.js';
import { PACKAGE_VERSION } from '../catalog/package-root.js';
import { ConfigError } from '../config/types.js';
import { ChangedSinceError } from '../files/changed-files.js';
import { loadLintSetup } from '../catalog/load-setup.js';
import { lintCommand, type Io } from './lint-command.js';
import { EXIT_FATAL, UsageError } from './exit-codes.js';
import { useColor } from './color.js';


const collect = (value: string, previous: string[] = []) => [...previous, value];
const concurrency = (value: string): number | 'auto' => {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected auto or a whole number of threads (1: no worker threads)');
  return n;
};
const nonNegativeInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number (-1 for no limit)');
  return n;
};

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes('--debug');
  const program = new Command('replylint')
    .description('Lint customer-service reply templates (Markdown and YAML macro collections) in Finnish and English.')
    .version(PACKAGE_VERSION, '-v, --version')
    .argument('[paths...]', 'files, folders or globs to lint (default: .); - reads standard input')
    .option('-c, --config <file>', 'use this config file instead of looking for .replylintrc.yaml')
    .option('--rule <rule>', "set a rule, e.g. 'jargon: error' or 'bare-refusal: [warn, {requireReason: true}]' (repeatable)", collect)
    .option('--lang <lang>', 'language of every template without its own `lang` (fi, en, …)')
    .option('-f, --format <name[:file]>', 'output format: stylish, json, compact, sarif, github, junit, gitlab; repeat with name:file to write several (default: stylish)', collect)
    .option('-o, --output-file <file>', 'write the report to a file')
    .option('--fix', 'apply safe fixes to the files')
    .option('--fix-dry-run', 'compute fixes without writing them (see `output` in --format json)')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', nonNegativeInt)
    .option('--color', 'force colour')
    .option('--no-color', 'never colour')
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .option('--changed-since <ref>', 'lint only templates added or changed since this git ref (branch, tag, commit; from where the branch left it, plus uncommitted changes); in a macro collection, only the changed macros')
    .option('--stdin', 'read a template from standard input')
    .option('--stdin-filename <name>', 'file name for standard input (decides Markdown or YAML, and config overrides)')
    .addOption(new Option('--report-unused-disable-directives [severity]', 'report disable comments and `replylint.disable` entries that silence nothing').choices(['info', 'warn', 'error']).preset('warn'))
    .option('--skip-non-templates', 'skip named files that are not templates (other extensions, YAML that is not a macro collection) instead of reporting them; for hooks and lint-staged')
    .option('--concurrency <n>', 'threads that lint files: auto (workers only for large runs; the default) or a number (1: this thread only)', concurrency)
    .option('--cache', 'reuse results of files unchanged since the last run (same content, config, rules and version)')
    .option('--cache-location <path>', 'cache file, or a folder for .replylintcache (default: .replylintcache)')
    .option('--suppress-all', 'record every current warning and error in the suppressions file; later runs report only new ones')
    .option('--suppress-rule <rule>', "record the current problems of this rule in the suppressions file (repeatable)", collect)
    .option('--prune-suppressions', 'drop recorded problems that no longer occur from the suppressions file')
    .option('--suppressions-location <file>', 'suppressions file (default: replylint-suppressions.json)')
    .addOption(new Option('--debug', 'show stack traces of internal errors'))
    .showHelpAfterError('(run replylint --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .action(async (paths: string[], opts) => {
      debug = Boolean(opts.debug);
      const catalog = await loadCatalog();
      if (opts.printConfig) {
        const { configuration } = await loadLintSetup({ cwd: io.cwd, configPath: opts.config, overrideConfig: opts.rule }, catalog);
        io.stdout(JSON.stringify(configuration.toJSON(join(io.cwd, opts.printConfig)), null, 2) + '\n');
        return;
      }
      exitCode = await lintCommand(paths, { ...opts, format: opts.format ?? [], color: useColor(argv.includes('--no-color') ? false : argv.includes('--color') ? true : undefined, process.stdout.isTTY === true) }, catalog, io);
    });

  program
    .command('rules')
    .description('list the rules with their descriptions and default severities')
    .action(async () => {
      // With the plugin and rule pack rules of the config that applies here (`-c` before `rules` picks one).
      const { rulesCommand } = await import('./rules-command.js');
      io.stdout(rulesCommand((await loadLintSetup({ cwd: io.cwd, configPath: program.opts().config as string | undefined })).catalog));
    });
  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule>', 'rule id')
    .action(async (id: string) => {
      const { explainCommand } = await import('./explain-command.js');
      io.stdout(explainCommand((await loadLintSetup({ cwd: io.cwd, configPath: program.opts().config as string | undefined })).catalog, id));
    });
  program
    .command('init')
    .description('write a commented starter .replylintrc.yaml (never overwrites one)')
    .action(async () => {
      // Subcommands load their modules when they run: `replylint files…` never pays for them.
      const { initCommand } = await import('./init-command.js');
      io.stdout(initCommand(io.cwd));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, debug);
  }
}

function handleError(error: unknown, io: Io, debug: boolean): number {
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('commander.')) {
    // commander has printed its message already; help and version are not failures.
    return code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help' ? 0 : EXIT_FATAL;
  }
  if (error instanceof ConfigError) {
    io.stderr(`replylint: invalid configuration\n${error.message.replace(/^/gm, '  ')}\n`);
    return EXIT_FATAL;
  }
  if (error instanceof UsageError || error instanceof CatalogError || error instanceof ChangedSinceError) {
    io.stderr(`replylint: ${error.message}\n`);
    return EXIT_FATAL;
  }
  const message = error instanceof Error ? (debug ? error.stack ?? error.message : error.message) : String(error);
  io.stderr(`replylint: internal error: ${message}\n${debug ? '' : 'Run again with --debug for details, and please report it.\n'}`);
  return EXIT_FATAL;
}

function defaultIo(): Io {
  return { cwd: process.cwd(), stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t) };
}
