import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog, prepareRule } from '../../src/catalog/load-catalog.js';
import { loadStemmer } from '../../src/language/stemmer.js';
import { extractText } from '../../src/reply/extract-text.js';
import { buildReply } from '../../src/reply/build-reply.js';
import { edits } from '../../src/engine/run-rule.js';
import type { Report } from '../../src/engine/rule.js';
import jargon from '../../rules/jargon/index.js';

it('scan', async () => {
  const catalog = await loadCatalog();
  const stems = new Map([['fi', await loadStemmer('fi')], ['en', await loadStemmer('en')]]);
  const prepared = prepareRule(jargon as never, 'rules/jargon', stems);
  const out: string[] = [];
  const run = (body: string, lang: string, label: string, fm = false) => {
    const text = extractText(body, { format: 'markdown', frontMatter: fm });
    const language = catalog.languages.find((l) => l.lang === lang);
    const reply = buildReply({ text, lang, kind: 'general', tags: [], language });
    const reports: Report[] = [];
    const d = prepared.data.get(lang)!;
    jargon.check(reply, { options: { add: {}, allow: [] }, phrases: d.phrases, data: d.data, report: (r) => reports.push(r), fix: edits } as never);
    for (const r of reports) {
      const s = reply.sentenceAt(r.at.start);
      out.push(`${label}\t${reply.slice(r.at)}\t${r.fix ? 'FIX ' : ''}${(r.suggest ?? []).map((x) => x.desc).join(' | ')}\n\t\t${s ? reply.slice(s).replace(/\s+/g, ' ').slice(0, 200) : ''}`);
    }
    return reports;
  };
  const target = process.env.SCAN ?? 'corpus';
  if (target === 'corpus') {
    const dir = '/work/shared/corpus/real';
    let total = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const doc = parse(readFileSync(`${dir}/${f}`, 'utf8'));
      for (const t of doc.templates ?? []) total += run(t.body, t.lang, `${f}:${t.id}`).length;
    }
    out.push(`TOTAL ${total}`);
  } else {
    const dir = target;
    const pos = (src: string, off: number) => { const before = src.slice(0, off).split('\n'); return `${before.length}:${before[before.length - 1]!.length + 1}`; };
    for (const f of readdirSync(dir).filter((f) => /\.(md|yaml)$/.test(f)).sort()) {
      const src = readFileSync(`${dir}/${f}`, 'utf8');
      const lines: string[] = [];
      if (f.endsWith('.md')) {
        const lang = /lang: (\w+)/.exec(src)![1]!;
        const text = extractText(src, { format: 'markdown', frontMatter: true });
        for (const r of run(src, lang, f, true)) lines.push(`${pos(src, text.map.toFile(r.at.start))} jargon jargon\t${text.text.slice(r.at.start, r.at.end)}`);
      } else {
        // literal block bodies only: find each "body: |" header and map body lines by indentation
        const srcLines = src.split('\n');
        srcLines.forEach((l, i) => {
          if (!/body: \|$/.test(l)) return;
          const lang = /(lang|locale): (\w+)/.exec(srcLines.slice(Math.max(0, i - 3), i).join('\n'))![2]!;
          const indent = /^ */.exec(srcLines[i + 1]!)![0].length;
          const bodyLines: string[] = [];
          for (let j = i + 1; j < srcLines.length && (srcLines[j] === '' || srcLines[j]!.startsWith(' '.repeat(indent))); j++) bodyLines.push(srcLines[j]!.slice(indent));
          const body = bodyLines.join('\n').replace(/\n+$/, '') + '\n';
          const text = extractText(body, { format: 'markdown' });
          for (const r of run(body, lang, f)) {
            const off = text.map.toFile(r.at.start);
            const b = body.slice(0, off).split('\n');
            lines.push(`${i + 1 + b.length}:${indent + b[b.length - 1]!.length + 1} jargon jargon\t${text.text.slice(r.at.start, r.at.end)}`);
          }
        });
      }
      out.push(`== ${f}`, ...lines);
    }
  }
  writeFileSync('/tmp/jargon-scan.txt', out.join('\n') + '\n');
});
