import { cctv } from './cctv';
import { chinadaily } from './chinadaily';
import { chinanews } from './chinanews';
import { gmw } from './gmw';
import { govcn, kepu } from './gov';
import { peopleEn } from './people-en';
import { peoplePaper } from './people-paper';
import { articleCont, rmTxt, textC, wb2016 } from './people';
import { qstheory } from './qstheory';
import type { Template } from './types';
import { wechat } from './wechat';
import { newscn2021, newscnRegional, xl2019 } from './xinhua';
import { youthGj, youthGn } from './youth';

/**
 * Site templates in the order they are tried; each checks its own DOM markers and says no when
 * they are missing. People's Daily first (the extension's main target), then the other outlets.
 * Pages none of them claims go to the generic reader.
 */
export const TEMPLATES: Template[] = [
  rmTxt,
  wb2016,
  articleCont,
  textC,
  peoplePaper,
  peopleEn,
  xl2019,
  newscn2021,
  newscnRegional,
  gmw,
  youthGn,
  youthGj,
  chinanews,
  chinadaily,
  cctv,
  govcn,
  kepu,
  qstheory,
  wechat,
];

export { readGenericSteps, titleFromHead } from './generic';
export { scriptBodyHtml } from './script-body';
export { detectPlatformPage } from './wechat';
export type { Layout } from './types';
