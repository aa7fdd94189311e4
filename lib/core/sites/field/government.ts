import type { Outlet } from './types';

/**
 * Government portals: the central portal (built in; it covers every host under gov.cn), the
 * provincial portals named one by one so that their pages carry a name, and party and state hosts
 * outside gov.cn. In id order (a test checks).
 */
export const GOVERNMENT: readonly Outlet[] = [
  { id: '12371.cn', name: '共产党员网', nameEn: 'Communist Party Members Network', hosts: ['12371.cn'], kind: 'government', province: null, peoplesDaily: false, builtIn: false },
  { id: 'ah.gov.cn', name: '安徽省人民政府', nameEn: 'Anhui Provincial Government', hosts: ['ah.gov.cn'], kind: 'government', province: '安徽', peoplesDaily: false, builtIn: false },
  { id: 'beijing.gov.cn', name: '首都之窗', nameEn: 'Beijing Municipal Government', hosts: ['beijing.gov.cn'], kind: 'government', province: '北京', peoplesDaily: false, builtIn: false },
  { id: 'cac.gov.cn', name: '中国网信网', nameEn: 'Cyberspace Administration of China', hosts: ['cac.gov.cn'], kind: 'government', province: null, peoplesDaily: false, builtIn: false },
  { id: 'cmse.gov.cn', name: '中国载人航天工程网', nameEn: 'China Manned Space', hosts: ['cmse.gov.cn'], kind: 'government', province: null, peoplesDaily: false, builtIn: false },
  { id: 'cq.gov.cn', name: '重庆市人民政府', nameEn: 'Chongqing Municipal Government', hosts: ['cq.gov.cn'], kind: 'government', province: '重庆', peoplesDaily: false, builtIn: false },
  { id: 'fujian.gov.cn', name: '福建省人民政府', nameEn: 'Fujian Provincial Government', hosts: ['fujian.gov.cn'], kind: 'government', province: '福建', peoplesDaily: false, builtIn: false },
  { id: 'gansu.gov.cn', name: '甘肃省人民政府', nameEn: 'Gansu Provincial Government', hosts: ['gansu.gov.cn'], kind: 'government', province: '甘肃', peoplesDaily: false, builtIn: false },
  { id: 'gd.gov.cn', name: '广东省人民政府', nameEn: 'Guangdong Provincial Government', hosts: ['gd.gov.cn'], kind: 'government', province: '广东', peoplesDaily: false, builtIn: false },
  { id: 'gov.cn', name: '中国政府网', nameEn: 'The Central People\'s Government', hosts: ['gov.cn'], kind: 'government', province: null, peoplesDaily: false, builtIn: true },
  { id: 'guizhou.gov.cn', name: '贵州省人民政府', nameEn: 'Guizhou Provincial Government', hosts: ['guizhou.gov.cn'], kind: 'government', province: '贵州', peoplesDaily: false, builtIn: false },
  { id: 'gxzf.gov.cn', name: '广西壮族自治区人民政府', nameEn: 'Guangxi Regional Government', hosts: ['gxzf.gov.cn'], kind: 'government', province: '广西', peoplesDaily: false, builtIn: false },
  { id: 'hainan.gov.cn', name: '海南省人民政府', nameEn: 'Hainan Provincial Government', hosts: ['hainan.gov.cn'], kind: 'government', province: '海南', peoplesDaily: false, builtIn: false },
  { id: 'hebei.gov.cn', name: '河北省人民政府', nameEn: 'Hebei Provincial Government', hosts: ['hebei.gov.cn'], kind: 'government', province: '河北', peoplesDaily: false, builtIn: false },
  { id: 'henan.gov.cn', name: '河南省人民政府', nameEn: 'Henan Provincial Government', hosts: ['henan.gov.cn'], kind: 'government', province: '河南', peoplesDaily: false, builtIn: false },
  { id: 'hlj.gov.cn', name: '黑龙江省人民政府', nameEn: 'Heilongjiang Provincial Government', hosts: ['hlj.gov.cn'], kind: 'government', province: '黑龙江', peoplesDaily: false, builtIn: false },
  { id: 'hubei.gov.cn', name: '湖北省人民政府', nameEn: 'Hubei Provincial Government', hosts: ['hubei.gov.cn'], kind: 'government', province: '湖北', peoplesDaily: false, builtIn: false },
  { id: 'hunan.gov.cn', name: '湖南省人民政府', nameEn: 'Hunan Provincial Government', hosts: ['hunan.gov.cn'], kind: 'government', province: '湖南', peoplesDaily: false, builtIn: false },
  { id: 'jiangsu.gov.cn', name: '江苏省人民政府', nameEn: 'Jiangsu Provincial Government', hosts: ['jiangsu.gov.cn'], kind: 'government', province: '江苏', peoplesDaily: false, builtIn: false },
  { id: 'jiangxi.gov.cn', name: '江西省人民政府', nameEn: 'Jiangxi Provincial Government', hosts: ['jiangxi.gov.cn'], kind: 'government', province: '江西', peoplesDaily: false, builtIn: false },
  { id: 'jl.gov.cn', name: '吉林省人民政府', nameEn: 'Jilin Provincial Government', hosts: ['jl.gov.cn'], kind: 'government', province: '吉林', peoplesDaily: false, builtIn: false },
  { id: 'ln.gov.cn', name: '辽宁省人民政府', nameEn: 'Liaoning Provincial Government', hosts: ['ln.gov.cn'], kind: 'government', province: '辽宁', peoplesDaily: false, builtIn: false },
  { id: 'nmg.gov.cn', name: '内蒙古自治区人民政府', nameEn: 'Inner Mongolia Regional Government', hosts: ['nmg.gov.cn'], kind: 'government', province: '内蒙古', peoplesDaily: false, builtIn: false },
  { id: 'npc.gov.cn', name: '中国人大网', nameEn: 'National People\'s Congress', hosts: ['npc.gov.cn'], kind: 'government', province: null, peoplesDaily: false, builtIn: false },
  { id: 'nx.gov.cn', name: '宁夏回族自治区人民政府', nameEn: 'Ningxia Regional Government', hosts: ['nx.gov.cn'], kind: 'government', province: '宁夏', peoplesDaily: false, builtIn: false },
  { id: 'qinghai.gov.cn', name: '青海省人民政府', nameEn: 'Qinghai Provincial Government', hosts: ['qinghai.gov.cn'], kind: 'government', province: '青海', peoplesDaily: false, builtIn: false },
  { id: 'sc.gov.cn', name: '四川省人民政府', nameEn: 'Sichuan Provincial Government', hosts: ['sc.gov.cn'], kind: 'government', province: '四川', peoplesDaily: false, builtIn: false },
  { id: 'shaanxi.gov.cn', name: '陕西省人民政府', nameEn: 'Shaanxi Provincial Government', hosts: ['shaanxi.gov.cn'], kind: 'government', province: '陕西', peoplesDaily: false, builtIn: false },
  { id: 'shandong.gov.cn', name: '山东省人民政府', nameEn: 'Shandong Provincial Government', hosts: ['shandong.gov.cn'], kind: 'government', province: '山东', peoplesDaily: false, builtIn: false },
  { id: 'shanghai.gov.cn', name: '上海市人民政府', nameEn: 'Shanghai Municipal Government', hosts: ['shanghai.gov.cn'], kind: 'government', province: '上海', peoplesDaily: false, builtIn: false },
  { id: 'shanxi.gov.cn', name: '山西省人民政府', nameEn: 'Shanxi Provincial Government', hosts: ['shanxi.gov.cn'], kind: 'government', province: '山西', peoplesDaily: false, builtIn: false },
  { id: 'tj.gov.cn', name: '天津市人民政府', nameEn: 'Tianjin Municipal Government', hosts: ['tj.gov.cn'], kind: 'government', province: '天津', peoplesDaily: false, builtIn: false },
  { id: 'xinjiang.gov.cn', name: '新疆维吾尔自治区人民政府', nameEn: 'Xinjiang Regional Government', hosts: ['xinjiang.gov.cn'], kind: 'government', province: '新疆', peoplesDaily: false, builtIn: false },
  { id: 'xizang.gov.cn', name: '西藏自治区人民政府', nameEn: 'Tibet Regional Government', hosts: ['xizang.gov.cn'], kind: 'government', province: '西藏', peoplesDaily: false, builtIn: false },
  { id: 'yn.gov.cn', name: '云南省人民政府', nameEn: 'Yunnan Provincial Government', hosts: ['yn.gov.cn'], kind: 'government', province: '云南', peoplesDaily: false, builtIn: false },
  { id: 'zj.gov.cn', name: '浙江省人民政府', nameEn: 'Zhejiang Provincial Government', hosts: ['zj.gov.cn'], kind: 'government', province: '浙江', peoplesDaily: false, builtIn: false },
];
