// Loads one output format's module by name, so a run imports only the formats it writes (start-up time).
import type { FormatOptions, Formatter, StreamingReport } from './index.js';

// The same names and modules as index.ts (a test holds them equal); index.ts imports them all for the API.
const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  compact: async () => (await import('./compact.js')).compact,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
};

/** Every format's name, in the order `--help` lists them. */
export const FORMAT_NAMES: readonly string[] = Object.keys(loaders);

export const isFormatName = (name: string): boolean => Object.hasOwn(loaders, name);

/** The format's function; undefined for a name that is not a format. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return Object.hasOwn(loaders, name) ? loaders[name]!() : undefined;
}

// Formats that can be written file by file; json lists every file, the others only files with problems.
const streamingLoaders: Record<string, () => Promise<(options: FormatOptions) => StreamingReport>> = {
  stylish: async () => (await import('./stylish.js')).stylishReport,
  json: async () => (await import('./json.js')).jsonReport,
  compact: async () => (await import('./compact.js')).compactReport,
};

/** The format written one file at a time; undefined for a format that needs every result first. */
export async function loadStreamingReport(name: string, options: FormatOptions): Promise<StreamingReport | undefined> {
  return Object.hasOwn(streamingLoaders, name) ? (await streamingLoaders[name]!())(options) : undefined;
}
