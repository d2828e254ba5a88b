// GitLab Code Quality JSON (a subset of Code Climate's issue format), which GitLab shows in the merge request widget.
//
// Mapping decisions:
// - severity: info → info, warn → minor, error → major (critical and blocker are left for nothing
//   a reply template can do);
// - `fingerprint` is the md5 of the same stable identity SARIF hashes (see fingerprint.ts): GitLab
//   compares fingerprints between the source and target branch, and shows one issue per fingerprint;
// - `location.lines` gives the begin and end line; GitLab has no columns here.
import type { Diagnostic, FileResult } from '../engine/types.js';
import { fingerprintOf, problemIdentities } from './fingerprint.js';
import type { FormatOptions } from './index.js';
import { reportPath } from './report-path.js';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

const SEVERITY: Record<Diagnostic['severity'], CodeQualityIssue['severity']> = { info: 'info', warn: 'minor', error: 'major' };

export function gitlab(results: FileResult[], options: FormatOptions): string {
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    const file = reportPath(result.filePath, options.cwd);
    const identities = problemIdentities(result, options.cwd);
    result.messages.forEach((m, i) => {
      issues.push({
        description: m.message,
        check_name: m.ruleId,
        fingerprint: fingerprintOf(identities[i], 'md5'),
        severity: SEVERITY[m.severity],
        location: { path: file, lines: { begin: m.line, end: Math.max(m.line, m.endLine) } },
      });
    });
  }
  return JSON.stringify(issues, null, 2);
}
