// The documented exit codes.
export const EXIT_OK = 0;
/** Lint errors, or more warnings than --max-warnings allows. */
export const EXIT_LINT = 1;
/** Bad usage, configuration, unreadable input path, or an internal error. */
export const EXIT_FATAL = 2;

/** An error a user caused on the command line: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
