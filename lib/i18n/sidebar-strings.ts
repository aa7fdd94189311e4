/**
 * The sidebar's interface strings in English, Simplified and Traditional Chinese, chosen by the
 * browser's language. Keys are valid `messages.json` names and substitutions use `$1`…`$9`, as
 * `browser.i18n.getMessage(key, subs)` does: when the strings move to `_locales`, a Translate
 * built on getMessage replaces `translator(locale)` and no component changes.
 */
export type SidebarLocale = 'en' | 'zh_CN' | 'zh_TW';

const EN = {
  sidebar_label: 'Kanbao article summary',
  sidebar_title: 'Kanbao 看报',
  close: 'Close the sidebar',
  header_counts: '$1 figures · $2 programs',
  filter_label: 'Filter everything',
  filter_placeholder: 'Filter…',
  filter_clear: 'Clear the filter',
  section_article: 'Article',
  section_figures: 'Key figures',
  section_programs: 'Programs',
  section_people: 'People',
  section_organisations: 'Organisations',
  section_places: 'Places',
  section_keywords: 'Keywords',
  section_summary: 'Summary',
  section_count: '$1: $2 items',
  field_title: 'Title',
  field_kicker: 'Kicker',
  field_subtitle: 'Subtitle',
  field_published: 'Published',
  field_source: 'Source',
  field_authors: 'Authors',
  field_editors: 'Editors',
  field_print: 'Print edition',
  field_outlet: 'Outlet',
  col_figure: 'Figure',
  col_value: 'Value',
  col_kind: 'Kind',
  col_measures: 'Measures',
  kind_filter: 'Kind',
  kind_all: 'All kinds',
  go_to: 'Go to $1 in the article',
  go_to_group: 'Go to $1 in the article ($2)',
  mentions: '$1 mentions',
  mention_one: '1 mention',
  previous: 'Previous',
  next: 'Next',
  previous_of: 'Previous in $1',
  next_of: 'Next in $1',
  loading: 'Analysing with jieba…',
  analysis_error: 'Keywords, people and summary are unavailable: $1',
  nothing: 'None found',
  no_match: 'Nothing matches the filter',
  export_label: 'Export',
  export_markdown: 'Copy Markdown',
  export_csv: 'Download CSV',
  export_json: 'Download JSON',
  copied: 'Markdown copied to the clipboard',
  copy_failed: 'Could not copy to the clipboard',
  downloaded: '$1 downloaded',
  resize: 'Resize the sidebar',
  keys_help: 'Enter: go to · n / p: next / previous · Esc: close',
  fig_percent: 'percent',
  fig_percentage_points: 'percentage points',
  fig_money: 'money',
  fig_count: 'count',
  fig_approx_count: 'approximate count',
  fig_magnitude: 'magnitude',
  fig_cn_numeral: 'Chinese numeral',
  fig_range: 'range',
  fig_fraction: 'fraction',
  fig_multiple: 'multiple',
  fig_duration: 'duration',
  fig_age: 'age',
  prog_document: 'Documents',
  prog_quoted_head: 'Named mechanisms',
  prog_quoted_practice: 'Practices and platforms',
  prog_numbered: 'Numbered formulations',
  prog_strategy: 'Strategies',
  prog_slogan: 'Slogans',
  md_title: 'Title',
  md_none: 'none',
};

export type StringKey = keyof typeof EN;
export type SidebarStrings = Record<StringKey, string>;

const ZH_CN: SidebarStrings = {
  sidebar_label: '看报文章摘要',
  sidebar_title: 'Kanbao 看报',
  close: '关闭侧栏',
  header_counts: '数字 $1 · 提法 $2',
  filter_label: '筛选全部内容',
  filter_placeholder: '筛选…',
  filter_clear: '清除筛选',
  section_article: '文章',
  section_figures: '关键数字',
  section_programs: '提法与举措',
  section_people: '人物',
  section_organisations: '机构',
  section_places: '地点',
  section_keywords: '关键词',
  section_summary: '摘要',
  section_count: '$1：$2 项',
  field_title: '标题',
  field_kicker: '引题',
  field_subtitle: '副题',
  field_published: '发布时间',
  field_source: '来源',
  field_authors: '作者',
  field_editors: '编辑',
  field_print: '报纸版面',
  field_outlet: '媒体',
  col_figure: '数字',
  col_value: '数值',
  col_kind: '类型',
  col_measures: '所指',
  kind_filter: '类型',
  kind_all: '全部类型',
  go_to: '跳到文中的 $1',
  go_to_group: '跳到文中的 $1（$2）',
  mentions: '$1 次',
  mention_one: '1 次',
  previous: '上一个',
  next: '下一个',
  previous_of: '上一个$1',
  next_of: '下一个$1',
  loading: '正在用结巴分词分析…',
  analysis_error: '关键词、人物和摘要暂不可用：$1',
  nothing: '未找到',
  no_match: '没有符合筛选的内容',
  export_label: '导出',
  export_markdown: '复制 Markdown',
  export_csv: '下载 CSV',
  export_json: '下载 JSON',
  copied: 'Markdown 已复制到剪贴板',
  copy_failed: '无法复制到剪贴板',
  downloaded: '已下载 $1',
  resize: '调整侧栏宽度',
  keys_help: 'Enter：跳到原文 · n / p：下一个 / 上一个 · Esc：关闭',
  fig_percent: '百分比',
  fig_percentage_points: '百分点',
  fig_money: '金额',
  fig_count: '数量',
  fig_approx_count: '约数',
  fig_magnitude: '量级',
  fig_cn_numeral: '中文数字',
  fig_range: '范围',
  fig_fraction: '分数',
  fig_multiple: '倍数',
  fig_duration: '时长',
  fig_age: '年龄',
  prog_document: '文件',
  prog_quoted_head: '机制与名称',
  prog_quoted_practice: '做法与平台',
  prog_numbered: '数字概括',
  prog_strategy: '战略',
  prog_slogan: '口号',
  md_title: '标题',
  md_none: '无',
};

const ZH_TW: SidebarStrings = {
  sidebar_label: '看報文章摘要',
  sidebar_title: 'Kanbao 看報',
  close: '關閉側欄',
  header_counts: '數字 $1 · 提法 $2',
  filter_label: '篩選全部內容',
  filter_placeholder: '篩選…',
  filter_clear: '清除篩選',
  section_article: '文章',
  section_figures: '關鍵數字',
  section_programs: '提法與舉措',
  section_people: '人物',
  section_organisations: '機構',
  section_places: '地點',
  section_keywords: '關鍵詞',
  section_summary: '摘要',
  section_count: '$1：$2 項',
  field_title: '標題',
  field_kicker: '引題',
  field_subtitle: '副題',
  field_published: '發佈時間',
  field_source: '來源',
  field_authors: '作者',
  field_editors: '編輯',
  field_print: '報紙版面',
  field_outlet: '媒體',
  col_figure: '數字',
  col_value: '數值',
  col_kind: '類型',
  col_measures: '所指',
  kind_filter: '類型',
  kind_all: '全部類型',
  go_to: '跳到文中的 $1',
  go_to_group: '跳到文中的 $1（$2）',
  mentions: '$1 次',
  mention_one: '1 次',
  previous: '上一個',
  next: '下一個',
  previous_of: '上一個$1',
  next_of: '下一個$1',
  loading: '正在用結巴分詞分析…',
  analysis_error: '關鍵詞、人物和摘要暫不可用：$1',
  nothing: '未找到',
  no_match: '沒有符合篩選的內容',
  export_label: '匯出',
  export_markdown: '複製 Markdown',
  export_csv: '下載 CSV',
  export_json: '下載 JSON',
  copied: 'Markdown 已複製到剪貼簿',
  copy_failed: '無法複製到剪貼簿',
  downloaded: '已下載 $1',
  resize: '調整側欄寬度',
  keys_help: 'Enter：跳到原文 · n / p：下一個 / 上一個 · Esc：關閉',
  fig_percent: '百分比',
  fig_percentage_points: '百分點',
  fig_money: '金額',
  fig_count: '數量',
  fig_approx_count: '約數',
  fig_magnitude: '量級',
  fig_cn_numeral: '中文數字',
  fig_range: '範圍',
  fig_fraction: '分數',
  fig_multiple: '倍數',
  fig_duration: '時長',
  fig_age: '年齡',
  prog_document: '文件',
  prog_quoted_head: '機制與名稱',
  prog_quoted_practice: '做法與平台',
  prog_numbered: '數字概括',
  prog_strategy: '戰略',
  prog_slogan: '口號',
  md_title: '標題',
  md_none: '無',
};

export const SIDEBAR_STRINGS: Record<SidebarLocale, SidebarStrings> = { en: EN, zh_CN: ZH_CN, zh_TW: ZH_TW };

/** Same signature as `browser.i18n.getMessage` narrowed to our keys. */
export type Translate = (key: StringKey, substitutions?: string | readonly (string | number)[]) => string;

/**
 * The locale for a list of BCP 47 tags in preference order (navigator.languages, or
 * [browser.i18n.getUILanguage()]): Traditional for zh-TW/HK/MO and zh-Hant, Simplified for
 * any other Chinese, English otherwise. The first Chinese or English tag decides.
 */
export function pickLocale(languages: readonly string[]): SidebarLocale {
  for (const raw of languages) {
    const tag = raw.toLowerCase().replace(/_/g, '-');
    if (tag === 'zh' || tag.startsWith('zh-')) {
      return /^zh-(?:hant|tw|hk|mo)(?:-|$)/.test(tag) || /-hant(?:-|$)/.test(tag) ? 'zh_TW' : 'zh_CN';
    }
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

/** `$1`…`$9` replaced by the substitutions, as getMessage does. */
export function substitute(template: string, substitutions?: string | readonly (string | number)[]): string {
  if (substitutions === undefined) return template;
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return template.replace(/\$([1-9])/g, (m, d: string) => {
    const v = subs[Number(d) - 1];
    return v === undefined ? m : String(v);
  });
}

export function translator(locale: SidebarLocale): Translate {
  const table = SIDEBAR_STRINGS[locale];
  return (key, subs) => substitute(table[key] ?? EN[key] ?? key, subs);
}
