// Results of earlier runs, by absolute file path, reused when nothing they depend on has changed.
//
// Keys are absolute paths (as ESLint's cache has them): the same file linted from another folder or
// through another argument is the same entry. Moving the project makes the cache cold, never wrong.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ResolvedConfig } from '../config/types.js';
import type { FileResult } from '../engine/types.js';
import { hashOf, stableJson } from './content-hash.js';

export const CACHE_FILE = '.replylintcache';
const FORMAT = 'replylint-cache/1';

/** What a stored result was computed from, besides the rule set (checked once for the whole cache). */
export interface CacheKey {
  /** Hash of the file text. */
  content: string;
  /** Hash of the resolved config for the file and whether it was named on the command line. */
  settings: string;
}

/** A FileResult without what is per run (`source`, `output`) or per path (`filePath`). */
type StoredResult = Pick<FileResult, 'messages' | 'notices' | 'errorCount' | 'warningCount' | 'infoCount' | 'fixableErrorCount' | 'fixableWarningCount' | 'skipped'>;

interface Entry extends CacheKey {
  result: StoredResult;
}

interface CacheFile {
  format: typeof FORMAT;
  fingerprint: string;
  entries: Record<string, Entry>;
}

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to hold `.replylintcache`. */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, CACHE_FILE) : resolved;
}

// Files share their resolved settings (one object per set of overrides): each is hashed once.
const settingsHashes = new WeakMap<ResolvedConfig, { explicit?: string; found?: string }>();

export function cacheKey(text: string, config: ResolvedConfig, explicit: boolean): CacheKey {
  let hashes = settingsHashes.get(config);
  if (!hashes) settingsHashes.set(config, (hashes = {}));
  const how = explicit ? 'explicit' : 'found';
  const settings = (hashes[how] ??= hashOf(stableJson(config), how));
  return { content: hashOf(text), settings };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Enough shape to hand to formatters safely; anything else is a miss. */
function isEntry(value: unknown): value is Entry {
  if (!isRecord(value) || typeof value.content !== 'string' || typeof value.settings !== 'string' || !isRecord(value.result)) return false;
  const r = value.result;
  const counts = ['errorCount', 'warningCount', 'infoCount', 'fixableErrorCount', 'fixableWarningCount'] as const;
  return Array.isArray(r.messages) && Array.isArray(r.notices) && counts.every((c) => typeof r[c] === 'number');
}

export class ResultCache {
  private readonly entries: Map<string, Entry>;
  /** Paths looked at in this run: kept as they are, without checking the disk again. */
  private readonly seen = new Set<string>();
  /** An entry was added, replaced or forgotten: the file must be written. */
  private changed: boolean;

  private constructor(
    readonly file: string,
    private readonly fingerprint: string,
    entries: Map<string, Entry>,
    /** The file on disk differs from what these entries would write (unreadable, foreign, or with entries dropped). */
    stale: boolean,
  ) {
    this.entries = entries;
    this.changed = stale;
  }

  /** Reads the cache; a missing, corrupt or foreign file, or one from another rule set, is an empty cache. */
  static open(file: string, fingerprint: string): ResultCache {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return new ResultCache(file, fingerprint, new Map(), true);
    }
    if (!isRecord(data) || data.format !== FORMAT || data.fingerprint !== fingerprint || !isRecord(data.entries)) return new ResultCache(file, fingerprint, new Map(), true);
    const stored = Object.entries(data.entries);
    const valid = stored.filter((e): e is [string, Entry] => isEntry(e[1]));
    return new ResultCache(file, fingerprint, new Map(valid), valid.length !== stored.length);
  }

  /**
   * The stored result for this text and settings, without `source`; undefined on a miss. The stored
   * objects are handed out as they are (no copy: a run asks for each file once, and results are never
   * changed after linting), so a warm run does not clone 10,000 results.
   */
  get(filePath: string, key: CacheKey): FileResult | undefined {
    const absolute = path.resolve(filePath);
    this.seen.add(absolute);
    const entry = this.entries.get(absolute);
    if (!entry || entry.content !== key.content || entry.settings !== key.settings) return undefined;
    return { filePath, ...entry.result };
  }

  set(filePath: string, key: CacheKey, result: FileResult): void {
    const absolute = path.resolve(filePath);
    this.seen.add(absolute);
    const { messages, notices, errorCount, warningCount, infoCount, fixableErrorCount, fixableWarningCount, skipped } = result;
    const stored: StoredResult = structuredClone({ messages, notices, errorCount, warningCount, infoCount, fixableErrorCount, fixableWarningCount });
    if (skipped) stored.skipped = true;
    this.entries.set(absolute, { ...key, result: stored });
    this.changed = true;
  }

  /** Forgets a file (a fix was written to it: its stored result describes text that is gone). */
  delete(filePath: string): void {
    const absolute = path.resolve(filePath);
    this.seen.add(absolute);
    if (this.entries.delete(absolute)) this.changed = true;
  }

  /**
   * Writes the cache atomically. Entries of files not linted in this run are kept while the file
   * exists, so linting one folder does not cool the cache of another. Returns an error message when
   * the cache cannot be written (the run goes on: a cache is an optimisation).
   */
  async save(): Promise<string | undefined> {
    const entries: Record<string, Entry> = {};
    for (const [file, entry] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (this.seen.has(file) || existsSync(file)) entries[file] = entry;
      else this.changed = true;
    }
    // A warm run that changed nothing leaves the file as it is (perf: 11 MB rewritten for 10,000 files).
    if (!this.changed && existsSync(this.file)) return undefined;
    const data: CacheFile = { format: FORMAT, fingerprint: this.fingerprint, entries };
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(data) + '\n');
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }
}
