import type { Outlet } from './types';

/**
 * Central media: the party's and the state's national papers, agencies, broadcasters and their
 * sites, plus the national theory journals. In id order (a test checks).
 */
export const CENTRAL: readonly Outlet[] = [
  { id: '81.cn', name: '中国军网', nameEn: 'China Military Online (PLA Daily)', hosts: ['81.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'cankaoxiaoxi.com', name: '参考消息网', nameEn: 'Reference News (Xinhua)', hosts: ['cankaoxiaoxi.com'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'ccdi.gov.cn', name: '中央纪委国家监委网站', nameEn: 'CCDI and National Supervisory Commission', hosts: ['ccdi.gov.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'cctv.com', name: '央视网', nameEn: 'CCTV', hosts: ['cctv.com'], kind: 'central-broadcaster', province: null, peoplesDaily: false, builtIn: true },
  { id: 'ce.cn', name: '中国经济网', nameEn: 'China Economic Net (Economic Daily)', hosts: ['ce.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'china.com.cn', name: '中国网', nameEn: 'China.com.cn', hosts: ['china.com.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'chinacourt.org', name: '中国法院网', nameEn: 'China Court (People\'s Court Daily)', hosts: ['chinacourt.org'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'chinadaily.com.cn', name: '中国日报网', nameEn: 'China Daily', hosts: ['chinadaily.com.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: true },
  { id: 'chinanews.com', name: '中国新闻网', nameEn: 'China News Service', hosts: ['chinanews.com', 'chinanews.com.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: true },
  { id: 'cnr.cn', name: '央广网', nameEn: 'China National Radio', hosts: ['cnr.cn'], kind: 'central-broadcaster', province: null, peoplesDaily: false, builtIn: false },
  { id: 'cri.cn', name: '国际在线', nameEn: 'China Radio International', hosts: ['cri.cn'], kind: 'central-broadcaster', province: null, peoplesDaily: false, builtIn: false },
  { id: 'cssn.cn', name: '中国社会科学网', nameEn: 'Chinese Social Sciences Net', hosts: ['cssn.cn'], kind: 'theory-journal', province: null, peoplesDaily: false, builtIn: false },
  { id: 'cyol.com', name: '中青在线', nameEn: 'China Youth Daily Online', hosts: ['cyol.com'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'farmer.com.cn', name: '中国农网', nameEn: 'Farmers\' Daily', hosts: ['farmer.com.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'gmw.cn', name: '光明网', nameEn: 'Guangming Online', hosts: ['gmw.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: true },
  { id: 'haiwainet.cn', name: '海外网', nameEn: 'Haiwainet (People\'s Daily Overseas Edition)', hosts: ['haiwainet.cn'], kind: 'central-media', province: null, peoplesDaily: true, builtIn: false },
  { id: 'huanqiu.com', name: '环球网', nameEn: 'Huanqiu (Global Times)', hosts: ['huanqiu.com'], kind: 'central-media', province: null, peoplesDaily: true, builtIn: false },
  { id: 'jcrb.com', name: '正义网', nameEn: 'Procuratorial Daily', hosts: ['jcrb.com'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'jjckb.cn', name: '经济参考网', nameEn: 'Economic Information Daily (Xinhua)', hosts: ['jjckb.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'legaldaily.com.cn', name: '法治网', nameEn: 'Legal Daily', hosts: ['legaldaily.com.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'news.cn', name: '新华网', nameEn: 'Xinhua (news.cn)', hosts: ['news.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: true },
  { id: 'people.com.cn', name: '人民网', nameEn: 'People\'s Daily Online', hosts: ['people.com.cn'], kind: 'central-media', province: null, peoplesDaily: true, builtIn: true },
  { id: 'peopleapp.com', name: '人民日报客户端', nameEn: 'People\'s Daily app', hosts: ['peopleapp.com'], kind: 'central-media', province: null, peoplesDaily: true, builtIn: false },
  { id: 'qstheory.cn', name: '求是网', nameEn: 'Qiushi', hosts: ['qstheory.cn'], kind: 'theory-journal', province: null, peoplesDaily: false, builtIn: true },
  { id: 'rmlt.com.cn', name: '人民论坛网', nameEn: 'People\'s Tribune', hosts: ['rmlt.com.cn'], kind: 'theory-journal', province: null, peoplesDaily: true, builtIn: false },
  { id: 'rmzxb.com.cn', name: '人民政协网', nameEn: 'CPPCC Daily Online', hosts: ['rmzxb.com.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'stcn.com', name: '证券时报网', nameEn: 'Securities Times', hosts: ['stcn.com'], kind: 'central-media', province: null, peoplesDaily: true, builtIn: false },
  { id: 'stdaily.com', name: '中国科技网', nameEn: 'Science and Technology Daily', hosts: ['stdaily.com'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'studytimes.cn', name: '学习时报', nameEn: 'Study Times', hosts: ['studytimes.cn'], kind: 'theory-journal', province: null, peoplesDaily: false, builtIn: false },
  { id: 'taiwan.cn', name: '中国台湾网', nameEn: 'Taiwan.cn', hosts: ['taiwan.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'theorychina.org.cn', name: '中国理论网', nameEn: 'Theory China', hosts: ['theorychina.org.cn'], kind: 'theory-journal', province: null, peoplesDaily: false, builtIn: false },
  { id: 'tibet.cn', name: '中国西藏网', nameEn: 'China Tibet Online', hosts: ['tibet.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'wenming.cn', name: '中国文明网', nameEn: 'China Civilization Net', hosts: ['wenming.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'workercn.cn', name: '中工网', nameEn: 'Workers\' Daily', hosts: ['workercn.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: false },
  { id: 'xinhuanet.com', name: '新华网', nameEn: 'Xinhua (xinhuanet.com)', hosts: ['xinhuanet.com'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: true },
  { id: 'youth.cn', name: '中国青年网', nameEn: 'China Youth Net', hosts: ['youth.cn'], kind: 'central-media', province: null, peoplesDaily: false, builtIn: true },
];
