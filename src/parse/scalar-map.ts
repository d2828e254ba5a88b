// Maps a YAML string scalar's value back to the file, for every scalar style, checked against the yaml library.
import type { Scalar } from 'yaml';
import { mapBlockScalar, type BlockScalarLayout } from './block-scalar-map.js';
import { mapFlowScalar } from './flow-scalar-map.js';
import { SourceMap } from './source-map.js';

export type ScalarStyle = Scalar.Type;

export interface MappedScalar {
  style: ScalarStyle;
  value: string;
  /** value offset → file offset. */
  map: SourceMap;
  /** False when the rebuilt value differed from the parser's and the scalar was mapped as one atomic piece. */
  exact: boolean;
  /** Set for block scalars. */
  block?: BlockScalarLayout;
}

/**
 * Maps a string scalar parsed (with `keepSourceTokens`) from `source`. The rebuilt value must equal the
 * parser's value; if it ever does not, the whole scalar becomes one atomic segment, so a mapping bug
 * costs precision, never correctness.
 */
export function mapScalar(source: string, node: Scalar.Parsed & { value: string }): MappedScalar {
  const [start, end] = node.range;
  const style: ScalarStyle = node.type ?? 'PLAIN';
  const value = node.value;
  if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') {
    const mapped = mapBlockScalar(source, start, end, node.srcToken?.indent);
    if (mapped && mapped.text.value === value) {
      return { style, value, map: mapped.text.map(mapped.layout.firstContent), exact: true, block: mapped.layout };
    }
    return { style, value, map: wholeScalar(start, end, value), exact: false, block: mapped?.layout };
  }
  const mapped = mapFlowScalar(source, start, end, style);
  const anchor = style === 'PLAIN' ? start : start + 1;
  if (mapped.value === value) return { style, value, map: mapped.map(anchor), exact: true };
  return { style, value, map: wholeScalar(start, end, value), exact: false };
}

function wholeScalar(start: number, end: number, value: string): SourceMap {
  return new SourceMap([{ text: 0, textLength: value.length, file: start, fileLength: end - start }]);
}
