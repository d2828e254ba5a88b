// Validates replylint's SARIF against the SARIF 2.1.0 JSON schema.
// Needs the devDependencies ajv, ajv-draft-04 (the schema is draft-04), ajv-formats, and
// @microsoft/jest-sarif, installed here only for the copy of the schema it ships.
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/types.js';
import { sarif } from '../../src/format/sarif.js';
import { diagnostic, fileResult, positionOf } from './make-result.js';

const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

// unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-Unicode regexps accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function errorsOf(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const source = 'Hei asiakas,\n\nValitettavasti tikettisi on eskaloitu.\n';
const at = positionOf(source, 'tikettisi');

/** Every shape the formatter can produce: rule metadata and derived rules, fixes, suggestions, deletions, odd paths. */
const everything: FileResult[] = [
  fileResult('/repo/Tier 2/hyvitys #1 ä.md', [
    diagnostic({
      ...at,
      messageId: 'jargonWord',
      template: 'Refund',
      templateIndex: 0,
      fix: { range: [at.offset, at.endOffset], text: 'viestisi' },
      suggestions: [{ desc: 'Remove it', fix: { range: [at.offset, at.endOffset], text: '' } }, { desc: 'Rephrase' }],
    }),
    diagnostic({ ...at, messageId: 'jargonWord', template: 'Refund', templateIndex: 0 }),
    diagnostic({ ...positionOf(source, 'Valitettavasti'), ruleId: 'bare-refusal', severity: 'error' }),
    diagnostic({ ...positionOf(source, 'Hei'), ruleId: 'no-name', severity: 'info' }),
    diagnostic({ line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, ruleId: 'parse-error', severity: 'error' }),
    diagnostic({ ...positionOf(source, 'asiakas,\n\nValitettavasti'), ruleId: 'acme/custom' }),
  ], { source }),
  fileResult('/elsewhere/b.md', [diagnostic(positionOf(source, 'Hei'))]),
  fileResult('/repo/clean.md', []),
];

const rules = [
  { id: 'jargon', description: 'A reply uses words customers understand.', docsUrl: 'https://example.org/rules/jargon', severity: 'warn' as const, help: 'Use **plain** words.' },
  { id: 'bare-refusal', description: 'A refusal says why.', severity: 'error' as const, docsUrl: 'rules/bare-refusal/README.md' },
  { id: 'no-name', description: 'A person signs the reply.', severity: 'off' as const },
];

describe('sarif against the SARIF 2.1.0 schema', () => {
  it('validates with rule metadata, fixes, suggestions and unusual paths', () => {
    expect(errorsOf(JSON.parse(sarif(everything, { color: false, cwd: '/repo', rules, toolVersion: '0.1.0' })))).toEqual([]);
  });

  it('validates with rules derived from the results alone', () => {
    expect(errorsOf(JSON.parse(sarif(everything, { color: false, cwd: '/repo' })))).toEqual([]);
  });

  it('validates when there is nothing to report', () => {
    expect(errorsOf(JSON.parse(sarif([], { color: false, cwd: '/repo' })))).toEqual([]);
  });

  it('rejects a log that breaks the schema (so the checks above can fail)', () => {
    const log = JSON.parse(sarif(everything, { color: false, cwd: '/repo' }));
    log.runs[0].results[0].level = 'warn';
    log.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    const errors = errorsOf(log);
    expect(errors.some((e) => e.startsWith('/runs/0/results/0/level '))).toBe(true);
    expect(errors.some((e) => e.startsWith('/runs/0/results/0/locations/0/physicalLocation/region/startColumn '))).toBe(true);
  });
});
