import { type AnnotationFacts, formatNumber } from '../../core/extract';
import type { MessageKey, Translate } from '../../i18n';
import type { MarkKind } from './types';

/**
 * The tooltip's words: the core's facts about a span put into the reader's language through
 * the browser's i18n. Symbols (digits, %, ↑, –) are the same in every language; the words
 * around them are messages, and the figure and program kinds are the sidebar's own `fig_*` and
 * `prog_*` messages, named the same way there, so both call a thing by the same name.
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

export function kindTitle(kind: MarkKind, t: Translate): string {
  return t(KIND_TITLES[kind]);
}

/** A signed number as typeset: the minus sign (U+2212), not a hyphen (`−6`). */
const signed = (n: number): string => (n < 0 ? `\u2212${formatNumber(-n)}` : formatNumber(n));

/**
 * A change written with a sign (`同比-4.1%`): the core reads it as a fall, so the tooltip says
 * `↓ 4.1%` rather than a minus and an arrow at once.
 */
function signedFall(f: Facts<'figure'>): boolean {
  return f.direction === 'down' && typeof f.value === 'number' && f.value < 0 && (f.unit === '%' || f.unit === 'pp');
}

/** A figure's amount with its unit and approximation: `more than 13,000 家`, `超过13,000 家`, `3.5个百分点`, `−6 ℃`. */
function amount(f: Facts<'figure'>, t: Translate): string {
  const v = f.value;
  const num = Array.isArray(v) ? `${signed(v[0])}–${signed(v[1])}`
    : signedFall(f) ? `${ARROW.down} ${formatNumber(-v)}`
    : signed(v);
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
      if (signedFall(facts)) {
        // The arrow is already on the amount; the basis (`yoy`) still says what changed.
        if (facts.comparison) parts.push(t(BASIS[facts.comparison]));
      } else if (facts.direction) {
        const basis = facts.comparison ? ` ${t(BASIS[facts.comparison])}` : '';
        parts.push(`${ARROW[facts.direction]}${basis}`);
      }
      parts.push(t(`fig_${facts.figureKind}`));
      return parts.join(' · ');
    }
    case 'date': {
      // A lunar date shows its lunar name, after the Gregorian day when its year let it convert.
      const value = [facts.iso, facts.lunar].filter((v): v is string => Boolean(v));
      return [...(value.length ? value : [t('selection_unresolved')]), t(DATE_KINDS[facts.dateKind])].join(' · ');
    }
    case 'program':
      return [facts.name, t(`prog_${facts.programKind}`)].join(' · ');
  }
}
