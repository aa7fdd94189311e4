import { describe, expect, it } from 'vitest';
import { buildAnnotations, extractAll } from '@/lib/core/extract';
import { buildSelectionModel } from '@/lib/core/sidebar/selection';
import { valueLine } from '@/lib/dom/marks/tooltip-text';
import { translatorFor } from '@/lib/i18n';
import { messages } from '../extension/helpers';

/** Where a date's value is shown (tooltip, selection rows, JSON): constructed sentences. */
const PUB = '2024-03-15T09:00+08:00';
const TEXT = '农历二月初二，乡亲们赶集；2018年八月十五，新桥通车；明天下午3点至5点开放。';
const en = translatorFor(messages('en'));
const zh = translatorFor(messages('zh_CN'));

describe('date values where they are shown', () => {
  const x = extractAll(TEXT, { published: PUB });

  it('carries the lunar form in the JSON spans', () => {
    expect(x.dates.map((d) => [d.text, d.iso, d.lunar ?? null])).toEqual([
      ['农历二月初二', null, { month: 2, day: 2 }],
      ['2018年八月十五', '2018-09-24', { year: 2018, month: 8, day: 15 }],
      ['明天下午3点至5点', '2024-03-16T15:00/2024-03-16T17:00', null],
    ]);
  });

  it('shows a lunar date by its lunar name in the tooltip, beside the Gregorian day when known', () => {
    const lines = buildAnnotations(TEXT, x).filter((a) => a.kind === 'date').map((a) => valueLine(a.facts, en));
    expect(lines).toEqual([
      '农历二月初二 · day',
      '2018-09-24 · 2018年农历八月十五 · day',
      '2024-03-16T15:00/2024-03-16T17:00 · date range',
    ]);
    const unresolved = valueLine({ kind: 'date', dateKind: 'date', iso: null }, zh);
    expect(unresolved).toBe('日期无法确定 · 日期');
  });

  it('gives the lunar name as the selection row value when no Gregorian day is known', () => {
    const rows = buildSelectionModel(TEXT, x).dates.map((r) => r.value);
    expect(rows).toEqual(['农历二月初二', '2018-09-24', '2024-03-16T15:00/2024-03-16T17:00']);
  });
});
