/**
 * The shape of the field registry: Chinese state and party media and government sites, as data.
 * Only what the extension uses at run time: where each entry's facts were read and its example
 * article URL live beside it in provenance.ts, which only tests and docs read, so the content
 * script that loads on every news page does not carry them.
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
}

/** The 31 province-level divisions of the mainland, by their Chinese short names. */
export const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江',
  '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆',
  '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆',
] as const;
