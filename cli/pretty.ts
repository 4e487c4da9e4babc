// --pretty: each figure with its Arabic evidence highlighted in its sentence, for a person to read.
import type { ArticleExtraction, ArticleInput, Mention } from '../shared/extraction/index.js';
import { articleText } from '../shared/extraction/index.js';

const c = (on: boolean) => ({
  bold: (s: string) => (on ? `\x1b[1m${s}\x1b[22m` : s),
  hi: (s: string) => (on ? `\x1b[30;43m${s}\x1b[0m` : `【${s}】`),
  dim: (s: string) => (on ? `\x1b[2m${s}\x1b[22m` : s),
});

function count(m: Mention): string {
  const q = m.count.qualifier === 'exact' ? '' : `${m.count.qualifier} `;
  return m.count.value === null ? `vague (≥${m.count.low})` : `${q}${m.count.value}`;
}

export function renderPretty(file: string, input: ArticleInput, r: ArticleExtraction, color: boolean): string {
  const k = c(color);
  const text = articleText(input);
  const lines: string[] = [k.bold(`── ${file}`), ''];
  for (const m of r.mentions) {
    const s = Math.max(0, text.lastIndexOf('\n', m.start) + 1, m.start - 120);
    const nl = text.indexOf('\n', m.end);
    const e = Math.min(nl < 0 ? text.length : nl, m.end + 120);
    const flags = [m.cumulative ? 'running toll' : '', m.duplicateOf ? `repeat of ${m.duplicateOf}` : '', m.partOf ? `part of ${m.partOf}` : ''].filter(Boolean).join(', ');
    lines.push(`${k.bold(`${m.id}  ${m.category} ${count(m)}`)}  ${m.victim}${m.groups.length ? ` (${m.groups.join(', ')})` : ''}  ${m.governorates.join('+') || 'no governorate'} [${m.placeBasis}]  ${m.eventDate.date ?? '?'} (${m.eventDate.precision})  ${m.source?.name ?? 'no source'}${flags ? `  ${flags}` : ''}`);
    lines.push(`    ${text.slice(s, m.start)}${k.hi(text.slice(m.start, m.end))}${text.slice(m.end, e)}`);
    if (m.reason) lines.push(k.dim(`    why: ${m.reason}`));
    lines.push('');
  }
  if (r.mentions.length === 0) lines.push('no casualty figures', '');
  for (const [cat, t] of Object.entries(r.totals)) {
    lines.push(`${k.bold(`total ${cat}`)}: best ${t!.best} (low ${t!.low}, high ${t!.high ?? 'open'})  ${k.dim(t!.reason)}`);
  }
  lines.push('');
  return lines.join('\n');
}
