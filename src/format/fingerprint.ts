// Stable identities for diagnostics, so CI systems recognise the same problem across pushes.
//
// A problem's identity is its rule, message id, file, template and the words it flags, plus which
// occurrence of those words it is within the template. Line numbers are left out on purpose: text
// added above a problem moves it without making it a new problem. Whitespace inside the flagged text
// is collapsed, so re-wrapping a YAML scalar does not change it either.
import { createHash } from 'node:crypto';
import type { Diagnostic, FileResult } from '../engine/types.js';
import { reportPath } from './report-path.js';

/** Bump when the identity changes shape: CI systems then see every problem as new once. */
export const FINGERPRINT_VERSION = 'v1';

/** The identity of each message of `result` as text, in the order of `result.messages`. */
export function problemIdentities(result: FileResult, cwd: string): string[] {
  const file = reportPath(result.filePath, cwd);
  const bases = result.messages.map((m) =>
    JSON.stringify([FINGERPRINT_VERSION, m.ruleId, m.messageId ?? '', file, templateKey(m), flaggedText(m, result.source)]),
  );
  // Occurrences count in file order, whatever order the messages came in.
  const order = result.messages.map((_, i) => i).sort((a, b) => byPosition(result.messages[a], result.messages[b]) || a - b);
  const seen = new Map<string, number>();
  const identities: string[] = new Array<string>(result.messages.length);
  for (const i of order) {
    const occurrence = seen.get(bases[i]) ?? 0;
    seen.set(bases[i], occurrence + 1);
    identities[i] = `${bases[i]}#${occurrence}`;
  }
  return identities;
}

/** A fixed-length hex digest of an identity (sha256 for SARIF, md5 where GitLab asks for it). */
export function fingerprintOf(identity: string, algorithm: 'sha256' | 'md5' = 'sha256'): string {
  return createHash(algorithm).update(identity, 'utf8').digest('hex');
}

function templateKey(m: Diagnostic): string {
  if (m.template !== undefined) return m.template;
  return m.templateIndex !== undefined ? `#${m.templateIndex}` : '';
}

/** The flagged words; empty when the file text is not at hand (the rest of the identity then carries it). */
function flaggedText(m: Diagnostic, source: string | undefined): string {
  if (source === undefined) return '';
  return source.slice(m.offset, m.endOffset).replace(/\s+/gu, ' ').trim();
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || a.endOffset - b.endOffset;
}
