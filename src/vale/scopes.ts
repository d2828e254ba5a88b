// Maps a Vale `scope` to the parts of a reply a check reads: blocks by kind (paragraphs, headings, list items…), sentences or the whole text.
import type { Span } from '../reply/span.js';
import type { Block, Reply } from '../reply/types.js';

/** One `scope` entry: all of `positives` must be tags of a unit, none of `negatives`. */
interface Selector {
  positives: string[];
  negatives: string[];
}

export interface ResolvedScope {
  selectors: Selector[];
  /** True when some unit kind can match: false for scopes needing markup replies do not have (`alt`, `code`, …). */
  readable: boolean;
  /** Parts of the scope that no reply unit carries (for the load notice). */
  unmapped: string[];
  /** A key naming the selection, for caching units. */
  key: string;
}

/**
 * Scope names a reply unit can carry. Vale's others (`alt`, `title`, `code`, `link`, `strong`, `emphasis`, `figure`,
 * `caption`, `header`, `frontmatter`…) name markup that the rendered reply does not keep: a selector needing one
 * selects nothing.
 */
const KNOWN = new Set(['text', 'paragraph', 'p', 'sentence', 'summary', 'raw', 'heading', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'list', 'li', 'blockquote', 'table', 'cell', 'md']);

/** Resolves `scope` (a string or list; `~` negates, ` & ` joins, `.` joins too); default `text`. */
export function resolveScope(scope: readonly string[]): ResolvedScope {
  const entries = scope.length ? scope : ['text'];
  const selectors: Selector[] = [];
  const unmapped = new Set<string>();
  for (const entry of entries) {
    const selector: Selector = { positives: [], negatives: [] };
    for (const piece of entry.split('&')) {
      const trimmed = piece.trim();
      const negated = trimmed.startsWith('~');
      for (const name of (negated ? trimmed.slice(1) : trimmed).split('.').filter(Boolean)) {
        if (name === 'md') continue; // every reply is Markdown or plain text
        (negated ? selector.negatives : selector.positives).push(name);
        if (!negated && !KNOWN.has(name)) unmapped.add(name);
      }
    }
    if (selector.positives.every((name) => KNOWN.has(name))) selectors.push(selector);
  }
  return { selectors, readable: selectors.length > 0, unmapped: [...unmapped], key: JSON.stringify(selectors) };
}

/** The scope tags of a block, as Vale gives them to Markdown blocks. */
function blockTags(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return ['text', 'heading', `h${block.depth ?? 1}`];
    case 'list-item':
      return ['text', 'paragraph', 'list', 'li'];
    case 'blockquote':
      return ['text', 'paragraph', 'blockquote'];
    case 'table-cell':
      return ['text', 'table', 'cell'];
    default:
      return ['text', 'paragraph', 'p'];
  }
}

const MARKUP_TAGS = new Set(['heading', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'list', 'li', 'blockquote', 'table', 'cell']);

/**
 * Whether a unit with `tags` is selected. `unit` is the tag that names the unit's own kind (`sentence`, `summary`):
 * a selector must ask for it, so that `heading` selects heading blocks and not also their sentences.
 */
function selects(selectors: readonly Selector[], tags: readonly string[], unit?: readonly string[]): boolean {
  return selectors.some((s) => {
    const asked = unit ? s.positives.some((p) => unit.includes(p)) : !s.positives.some((p) => UNIT_TAGS.has(p));
    return asked && s.positives.every((p) => tags.includes(p)) && !s.negatives.some((n) => tags.includes(n));
  });
}

const UNIT_TAGS = new Set(['sentence', 'summary', 'raw']);

// Rules with the same scope read the same units: computed once per reply and scope.
const unitCache = new WeakMap<Reply, Map<string, Span[]>>();

/** The spans the scope selects, in text order (shared between rules: callers must not change them). */
export function unitsOf(reply: Reply, scope: ResolvedScope): readonly Span[] {
  let byScope = unitCache.get(reply);
  if (!byScope) unitCache.set(reply, (byScope = new Map()));
  let units = byScope.get(scope.key);
  if (!units) byScope.set(scope.key, (units = computeUnits(reply, scope.selectors)));
  return units;
}

function computeUnits(reply: Reply, selectors: readonly Selector[]): Span[] {
  const units: Span[] = [];
  const blocks = blocksOf(reply);
  // A purely negative selector (`~heading`) selects blocks, not sentences or the whole text.
  blocks.forEach((b) => {
    if (selects(selectors, blockTags(b))) units.push({ start: b.start, end: b.end });
  });
  for (const s of reply.sentences) {
    const block = reply.blocks[s.block];
    const tags = ['sentence', ...(block ? blockTags(block).filter((t) => MARKUP_TAGS.has(t)) : [])];
    if (selects(selectors, tags, ['sentence'])) units.push({ start: s.start, end: s.end });
  }
  if (selects(selectors, ['summary', 'raw'], ['summary', 'raw'])) units.push({ start: 0, end: reply.text.length });
  return units.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Paragraph-level blocks with their kind, as the reply's lines group them. */
export function blocksOf(reply: Reply): Block[] {
  // A block's extent follows its lines, as rules see them.
  const blocks: Block[] = [];
  let current = -1;
  for (const line of reply.lines) {
    const kind = reply.blocks[line.block] ?? { kind: 'paragraph' as const };
    if (line.block !== current || blocks.length === 0) {
      blocks.push({ kind: kind.kind, ...(kind.depth ? { depth: kind.depth } : {}), start: line.start, end: line.end });
      current = line.block;
    } else blocks[blocks.length - 1].end = line.end;
  }
  return blocks;
}
