import type { MessageKey, Translate } from '../types';
import { articleFields, sectionCounts, type SidebarModel } from './model';

/**
 * The sidebar's "copy as Markdown": title and metadata, the summary, the key-figures table and
 * the programs by kind. Pure: headings in the language of the `t` it is given (the sidebar's, from
 * the browser's i18n).
 */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
const line = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

export function toMarkdown(m: SidebarModel, t: Translate): string {
  const a = m.article;
  const counts = sectionCounts(m);
  const out: string[] = [`# ${line(a.title)}`, ''];
  // The sidebar shows kicker and subtitle around the title; here they lead the metadata list.
  const meta: [MessageKey, string | null][] = [['field_kicker', a.kicker], ['field_subtitle', a.subtitle], ...articleFields(a)];
  for (const [k, v] of meta) if (v) out.push(`- ${t(k)}: ${line(v)}`);
  if (out.length > 2) out.push('');

  out.push(`## ${t('section_summary')}`, '');
  const summary = m.analysis?.summary ?? [];
  if (summary.length) summary.forEach((s, i) => out.push(`${i + 1}. ${line(s.text)}`));
  else out.push(`_${t('md_none')}_`);
  out.push('');

  out.push(`## ${t('section_figures')} (${counts.figures})`, '');
  if (m.figures.length) {
    out.push(`| ${t('col_figure')} | ${t('col_value')} | ${t('col_kind')} | ${t('col_measures')} |`, '| --- | --- | --- | --- |');
    for (const f of m.figures) {
      const kind = t(`fig_${f.kind}`);
      out.push(`| ${cell(f.text)} | ${cell(f.value)} | ${cell(kind)} | ${cell(f.measures)} |`);
    }
  } else out.push(`_${t('md_none')}_`);
  out.push('');

  out.push(`## ${t('section_programs')} (${counts.programs})`, '');
  if (m.programs.length === 0) out.push(`_${t('md_none')}_`, '');
  for (const k of m.programs) {
    out.push(`### ${t(`prog_${k.kind}`)}`, '');
    for (const g of k.groups) out.push(`- ${line(g.text)} — ${g.count === 1 ? t('mention_one') : t('mentions', g.count)}`);
    out.push('');
  }
  return out.join('\n');
}
