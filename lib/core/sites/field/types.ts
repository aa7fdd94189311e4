/**
 * The shape of the field registry: Chinese state and party media and government sites, as data.
 * Every entry names where its facts were read (`source`) and one real article URL (`example`),
 * so a test can check that the URL rules recognise each outlet's articles.
 */

export type OutletKind =
  | 'central-media'
  | 'central-broadcaster'
  | 'provincial-media'
  | 'municipal-media'
  | 'epaper'
  | 'government'
  | 'theory-journal';

export interface Outlet {
  /** Its primary host key (`siteKey` form: lower case, no `www.`), e.g. `southcn.com`. */
  id: string;
  /** The outlet's Chinese name, as it names itself. */
  name: string;
  nameEn: string;
  /** Host keys; each covers its subdomains (m., wap., channel hosts). No host belongs to two outlets. */
  hosts: readonly string[];
  kind: OutletKind;
  /** The province-level division (Chinese short name) a local outlet serves; null for central ones. */
  province: string | null;
  /** Part of the People's Daily family (人民日报社 and the sites it runs). */
  peoplesDaily: boolean;
  /** One of the outlets Kanbao shipped with (SITES): its host permissions are in the manifest. */
  builtIn: boolean;
  /** A real article URL of the outlet. */
  example: string;
  /** Where the host and the example were read. */
  source: string;
  /** For the People's Daily family: where the membership was read. */
  familySource?: string;
}

/** The 31 province-level divisions of the mainland, by their Chinese short names. */
export const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江',
  '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆',
  '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆',
] as const;

// Provenance helpers: a short, uniform note of where a fact was read.

/** A public repository file in the code index links the example; `query` is the string searched. */
export function codeIndex(query: string): string {
  return `code index: public repository files link the example (searched "${query}")`;
}

/** A page read through the pages corpus (its own address). */
export function page(url: string): string {
  return `pages corpus: ${url}`;
}

/** The project's own corpus (tests/fixtures/corpus/urls.tsv, real links from saved pages). */
export const CORPUS = 'tests/fixtures/corpus/urls.tsv';

/** A saved page of a public benchmark (its URL field). */
export const MAGIC_HTML = 'saved page: opendatalab/magic-html benchmark/data/article/base.json (url field)';
