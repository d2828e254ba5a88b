// Turns the measurements into test/bench/results.md: the machine, a table like issue 6's, ratios and targets.
const corpusNames = { ten: '10 files', '1k': '1,000 files', '10k': '10,000 files', macros: '10,000-macro YAML file' };
const mainRows = ['startup', 'read', 'floor', 'replylint', 'replylint-auto', 'cache-cold', 'cache-warm', 'markdownlint', 'textlint', 'alex'];
const sizes = ['ten', '1k', '10k'];

/** Looks up a result by kind and corpus; undefined when that case was not run. */
export function resultsIndex(results) {
  const byKey = new Map(results.map((result) => [`${result.kind}/${result.corpus}`, result]));
  return (kind, corpus) => byKey.get(`${kind}/${corpus}`);
}

/** Two decimals below 10 s, one above; `scale` picks the precision for a range, so min and max match the median. */
function seconds(value, scale = value) {
  return value.toFixed(scale < 10 ? 2 : 1);
}

function timeCell(result) {
  if (!result) return '';
  const { median, min, max } = result;
  return `${seconds(median)} s (${seconds(min, median)}–${seconds(max, median)})`;
}

function mib(result) {
  return result ? String(Math.round(result.peakMiB)) : '–';
}

function ratio(a, b) {
  return a && b ? a.median / b.median : undefined;
}

function times(value) {
  return value === undefined ? 'n/a' : `${value.toFixed(2)}×`;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function mainTable(get) {
  const rows = [];
  for (const kind of mainRows) {
    const found = sizes.map((size) => get(kind, size));
    const any = found.find(Boolean);
    if (!any) continue;
    rows.push([any.label, ...found.map(timeCell), found.map(mib).join(' / ')]);
  }
  return table(['what', '10 files', '1,000 files', '10,000 files', 'peak MiB (10 / 1,000 / 10,000)'], rows);
}

export function macrosTable(get) {
  const rows = ['yaml-only', 'floor', 'replylint']
    .map((kind) => get(kind, 'macros'))
    .filter(Boolean)
    .map((result) => [result.label, timeCell(result), mib(result)]);
  return table(['what (10,000-macro YAML file)', 'time', 'peak MiB'], rows);
}

/** Every ratio the issue talks about, from this run only. Peer ratios read "how many times replylint's time". */
export function ratiosTable(get) {
  const replylint = (size) => get('replylint', size);
  const rows = [
    ['replylint ÷ parse floor', (size) => ratio(replylint(size), get('floor', size))],
    ['replylint ÷ reading only', (size) => ratio(replylint(size), get('read', size))],
    ['replylint `--concurrency auto` ÷ parse floor', (size) => ratio(get('replylint-auto', size), get('floor', size))],
    ['replylint `--cache` cold ÷ replylint', (size) => ratio(get('cache-cold', size), replylint(size))],
    ['replylint `--cache` warm ÷ reading only', (size) => ratio(get('cache-warm', size), get('read', size))],
    ['markdownlint-cli2 ÷ replylint', (size) => ratio(get('markdownlint', size), replylint(size))],
    ['textlint ÷ replylint', (size) => ratio(get('textlint', size), replylint(size))],
    ['alex ÷ replylint', (size) => ratio(get('alex', size), replylint(size))],
  ];
  const body = rows
    .map(([name, of]) => [name, ...sizes.map((size) => times(of(size)))])
    .filter((row) => row.slice(1).some((cell) => cell !== 'n/a'));
  const macros = ratio(get('replylint', 'macros'), get('floor', 'macros'));
  body.push(['macro file: replylint ÷ its floor', '', '', times(macros)]);
  return table(['ratio (median ÷ median)', '10 files', '1,000 files', '10,000 files'], body);
}

/** One line per target of issue 6: measured value, the target, met or not and by how much. */
export function targetLines(get) {
  const lines = [];
  const check = (name, value, limit, atMost = true) => {
    if (value === undefined) return lines.push(`- ${name}: not measured in this run.`);
    const met = atMost ? value <= limit : value >= limit;
    const by = atMost ? value / limit : limit / value;
    const verdict = met
      ? `**met** (${((1 - by) * 100).toFixed(0)} % to spare)`
      : `**not met**: ${atMost ? `${by.toFixed(2)}× over` : `${by.toFixed(2)}× short of`} the target`;
    lines.push(`- ${name}: ${value.toFixed(2)}× (target ${atMost ? '≤' : '≥'} ${limit}×): ${verdict}.`);
  };
  const r = (kind, size) => get(kind, size);
  check('10,000 templates, one process, vs the parse floor', ratio(r('replylint', '10k'), r('floor', '10k')), 1.3);
  check('10,000 templates: textlint time ÷ replylint time', ratio(r('textlint', '10k'), r('replylint', '10k')), 4, false);
  check('10,000 templates: markdownlint-cli2 time ÷ replylint time', ratio(r('markdownlint', '10k'), r('replylint', '10k')), 2, false);
  if (r('replylint-auto', '10k')) {
    check('10,000 templates, `--concurrency auto`, vs the parse floor', ratio(r('replylint-auto', '10k'), r('floor', '10k')), 1);
  } else {
    lines.push('- `--concurrency auto` at or below the parse floor: not measured in this run (10,000 templates, with a replylint that has `--concurrency`).');
  }
  check('warm `--cache`, nothing changed, 10,000 templates, vs reading only', ratio(r('cache-warm', '10k'), r('read', '10k')), 2);
  check('10 templates (pre-commit) vs the parse floor for them', ratio(r('replylint', 'ten'), r('floor', 'ten')), 1.2);
  check('10 templates: textlint time ÷ replylint time ("about 3×")', ratio(r('textlint', 'ten'), r('replylint', 'ten')), 3, false);
  check('10,000-macro YAML file vs its floor', ratio(r('replylint', 'macros'), r('floor', 'macros')), 1.3);
  const peak = r('replylint', '10k');
  if (peak) {
    const met = peak.peakMiB < 250;
    lines.push(`- peak memory on 10,000 templates: ${Math.round(peak.peakMiB)} MiB (target < 250 MiB): ${met ? '**met**' : `**not met**: ${(peak.peakMiB / 250).toFixed(2)}× over`}.`);
  }
  check('memory flat as the corpus grows: peak at 10,000 ÷ peak at 1,000', peakRatio(r('replylint', '10k'), r('replylint', '1k')), 1.25);
  const growth = ratio(r('replylint', '10k'), r('replylint', '1k'));
  const floorGrowth = ratio(r('floor', '10k'), r('floor', '1k'));
  if (growth !== undefined) {
    lines.push(`- linear in the number of templates: 10× the templates took ${growth.toFixed(2)}× the time (the parse floor: ${times(floorGrowth)}; linear is ≤ 10× plus noise): ${growth <= 11 ? '**met**' : '**not met**'}.`);
  }
  lines.push('- cost linear in the size of the phrase lists: not measured here (the phrase-list cost tests count matcher steps).');
  return lines.join('\n');
}

function peakRatio(a, b) {
  return a && b ? a.peakMiB / b.peakMiB : undefined;
}

/** Every case with its repetitions and how many lines it printed (a linter that printed nothing did no work). */
export function runsTable(results) {
  const rows = results.map((result) => [
    result.label, corpusNames[result.corpus], String(result.runs), seconds(result.median), seconds(result.min), seconds(result.max),
    mib(result), String(result.outputLines),
  ]);
  return table(['case', 'corpus', 'runs', 'median s', 'min s', 'max s', 'peak MiB', 'lines printed'], rows);
}

export function resultsMarkdown({ machine, results, notes }) {
  const get = resultsIndex(results);
  return `# replylint benchmark results

Written by \`npm run bench\` (test/bench/run.mjs); see issue 6 for what is measured and why. Only ratios from one
run mean anything: absolute times move by ±15 % or more from hour to hour on this shared machine.

## Machine and versions

${machine.map((line) => `- ${line}`).join('\n')}
${notes.length ? `\n${notes.map((note) => `> ${note}`).join('\n>\n')}\n` : ''}
## Templates (wall time: median (min–max) of the repetitions; peak RSS)

${mainTable(get)}

## Macro collection

${macrosTable(get)}

## Ratios

${ratiosTable(get)}

## Targets of issue 6

${targetLines(get)}

## All runs

${runsTable(results)}
`;
}
