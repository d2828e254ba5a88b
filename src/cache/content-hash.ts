// Hashes for the cache: file text, settings and the rule set, by SHA-256 (fast enough, no collisions in practice).
import { createHash, hash as hashOnce } from 'node:crypto';

/** SHA-256 (hex) of the parts, each length-prefixed so that ('ab', 'c') and ('a', 'bc') differ. */
export function hashOf(...parts: readonly (string | Uint8Array)[]): string {
  // Text alone (a file's, a config's) is hashed in one call: a Hash object per file was 5 % of a warm run.
  if (parts.every((part) => typeof part === 'string')) return hashOnce('sha256', parts.map((part) => `${Buffer.byteLength(part)}:${part}`).join(''), 'hex');
  const hash = createHash('sha256');
  for (const part of parts) {
    const length = typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength;
    hash.update(`${length}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

/** JSON with object keys sorted, so equal settings hash equally whatever order they were written in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
