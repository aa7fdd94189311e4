import { type AnnotationFacts, formatNumber } from '../../core/extract';
import type { MessageKey, Translate } from '../../i18n';
import type { MarkKind } from './types';

/**
 * The tooltip's words: the core's facts about a span put into the reader's language through
 * the browser's i18n. Symbols (digits, %, ↑, –) are the same in every language; the words
 * around them are messages, and the figure and program kinds reuse the sidebar's, so both
 * call a thing by the same name.
 */

const KIND_TITLES: Record<MarkKind, MessageKey> = {
  figure: 'tooltip_kind_figure',
  date: 'tooltip_kind_date',
  program: 'tooltip_kind_program',
};

const APPROX: Record<'about' | 'gt' | 'lt', MessageKey> = {
  about: 'tooltip_about',
  gt: 'tooltip_more_than',
  lt: 'tooltip_less_than',
};

const BASIS: Record<'yoy' | 'mom', MessageKey> = { yoy: 'tooltip_yoy', mom: 'tooltip_mom' };
const ARROW = { up: '↑', down: '↓' } as const;

type Facts<K extends AnnotationFacts['kind']> = Extract<AnnotationFacts, { kind: K }>;

const FIGURE_KINDS: Record<Facts<'figure'>['figureKind'], MessageKey> = {
  percent: 'fig_percent',
  percentage_points: 'fig_percentage_points',
  money: 'fig_money',
  count: 'fig_count',
  approx_count: 'fig_approx_count',
  magnitude: 'fig_magnitude',
  cn_numeral: 'fig_cn_numeral',
  range: 'fig_range',
  fraction: 'fig_fraction',
  multiple: 'fig_multiple',
  duration: 'fig_duration',
  age: 'fig_age',
};

const DATE_KINDS: Record<Facts<'date'>['dateKind'], MessageKey> = {
  datetime: 'tooltip_date_datetime',
  date: 'tooltip_date_date',
  month: 'tooltip_date_month',
  year: 'tooltip_date_year',
  time: 'tooltip_date_time',
  range: 'tooltip_date_range',
  period: 'tooltip_date_period',
  relative: 'tooltip_date_relative',
};

const PROGRAM_KINDS: Record<Facts<'program'>['programKind'], MessageKey> = {
  document: 'prog_document',
  quoted_head: 'prog_quoted_head',
  quoted_practice: 'prog_quoted_practice',
  numbered: 'prog_numbered',
  strategy: 'prog_strategy',
  slogan: 'prog_slogan',
};

export function kindTitle(kind: MarkKind, t: Translate): string {
  return t(KIND_TITLES[kind]);
}

/** A figure's amount with its unit and approximation: `more than 13,000 家`, `超过13,000 家`, `3.5个百分点`. */
function amount(f: Facts<'figure'>, t: Translate): string {
  const v = f.value;
  const num = Array.isArray(v) ? `${formatNumber(v[0])}–${formatNumber(v[1])}` : formatNumber(v);
  // A measure word stands apart from the digits, as in the sidebar's value column (`13,000 家`).
  const withUnit = f.unit === 'pp' ? t('tooltip_points', num)
    : f.unit === null ? num
    : f.unit === '%' || f.unit === '‰' ? `${num}${f.unit}`
    : `${num} ${f.unit}`;
  return f.approx ? t(APPROX[f.approx], withUnit) : withUnit;
}

/** The value line: the facts' parts joined with ` · `, each worded by `t`. */
export function valueLine(facts: AnnotationFacts, t: Translate): string {
  switch (facts.kind) {
    case 'figure': {
      const parts = [amount(facts, t)];
      if (facts.direction) {
        const basis = facts.comparison ? ` ${t(BASIS[facts.comparison])}` : '';
        parts.push(`${ARROW[facts.direction]}${basis}`);
      }
      parts.push(t(FIGURE_KINDS[facts.figureKind]));
      return parts.join(' · ');
    }
    case 'date':
      return [facts.iso ?? t('selection_unresolved'), t(DATE_KINDS[facts.dateKind])].join(' · ');
    case 'program':
      return [facts.name, t(PROGRAM_KINDS[facts.programKind])].join(' · ');
  }
}
