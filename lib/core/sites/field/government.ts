import { CORPUS, codeIndex, type Outlet } from './types';

/**
 * Government portals: the central portal (built in; it covers every host under gov.cn), the
 * provincial portals named one by one so that their pages carry a name, and party and state hosts
 * outside gov.cn. In id order (a test checks).
 */
export const GOVERNMENT: readonly Outlet[] = [
  { id: '12371.cn', name: '共产党员网', nameEn: 'Communist Party Members Network', hosts: ['12371.cn'], kind: 'government', province: null, peoplesDaily: false, builtIn: false,
    example: 'https://www.12371.cn/2022/09/02/ARTI1662105164059870.shtml', source: codeIndex('www.12371.cn/20') },
  { id: 'beijing.gov.cn', name: '首都之窗', nameEn: 'Beijing Municipal Government', hosts: ['beijing.gov.cn'], kind: 'government', province: '北京', peoplesDaily: false, builtIn: false,
    example: 'https://www.beijing.gov.cn/ywdt/gzdt/202412/t20241222_3970796.html', source: codeIndex('www.beijing.gov.cn/ywdt/') },
  { id: 'gd.gov.cn', name: '广东省人民政府', nameEn: 'Guangdong Provincial Government', hosts: ['gd.gov.cn'], kind: 'government', province: '广东', peoplesDaily: false, builtIn: false,
    example: 'https://www.gd.gov.cn/gdywdt/dsdt/content/post_4148215.html', source: codeIndex('www.gd.gov.cn/gdywdt/') },
  { id: 'gov.cn', name: '中国政府网', nameEn: 'The Central People\'s Government', hosts: ['gov.cn'], kind: 'government', province: null, peoplesDaily: false, builtIn: true,
    example: 'https://www.gov.cn/xinwen/2022-05/20/content_5691402.htm', source: CORPUS },
  { id: 'henan.gov.cn', name: '河南省人民政府', nameEn: 'Henan Provincial Government', hosts: ['henan.gov.cn'], kind: 'government', province: '河南', peoplesDaily: false, builtIn: false,
    example: 'https://www.henan.gov.cn/2022/11-25/2646103.html', source: codeIndex('www.henan.gov.cn/20') },
  { id: 'hubei.gov.cn', name: '湖北省人民政府', nameEn: 'Hubei Provincial Government', hosts: ['hubei.gov.cn'], kind: 'government', province: '湖北', peoplesDaily: false, builtIn: false,
    example: 'https://www.hubei.gov.cn/zwgk/hbyw/hbywqb/202402/t20240226_5096381.shtml', source: codeIndex('www.hubei.gov.cn/zwgk/hbyw/') },
  { id: 'hunan.gov.cn', name: '湖南省人民政府', nameEn: 'Hunan Provincial Government', hosts: ['hunan.gov.cn'], kind: 'government', province: '湖南', peoplesDaily: false, builtIn: false,
    example: 'https://www.hunan.gov.cn/hnszf/hnyw/zwdt/202112/t20211206_21247807.html', source: codeIndex('www.hunan.gov.cn/hnszf/hnyw/') },
  { id: 'jiangsu.gov.cn', name: '江苏省人民政府', nameEn: 'Jiangsu Provincial Government', hosts: ['jiangsu.gov.cn'], kind: 'government', province: '江苏', peoplesDaily: false, builtIn: false,
    example: 'https://www.jiangsu.gov.cn/art/2020/5/1/art_64797_9091993.html', source: codeIndex('www.jiangsu.gov.cn/art/20') },
  { id: 'sc.gov.cn', name: '四川省人民政府', nameEn: 'Sichuan Provincial Government', hosts: ['sc.gov.cn'], kind: 'government', province: '四川', peoplesDaily: false, builtIn: false,
    example: 'https://www.sc.gov.cn/10462/10464/10797/2015/3/25/10330618.shtml', source: codeIndex('www.sc.gov.cn/10462/') },
  { id: 'shanxi.gov.cn', name: '山西省人民政府', nameEn: 'Shanxi Provincial Government', hosts: ['shanxi.gov.cn'], kind: 'government', province: '山西', peoplesDaily: false, builtIn: false,
    example: 'http://www.shanxi.gov.cn/ywdt/sxyw/202308/t20230807_9078335.shtml', source: codeIndex('www.shanxi.gov.cn/ywdt/') },
  { id: 'tj.gov.cn', name: '天津市人民政府', nameEn: 'Tianjin Municipal Government', hosts: ['tj.gov.cn'], kind: 'government', province: '天津', peoplesDaily: false, builtIn: false,
    example: 'https://www.tj.gov.cn/sy/tjxw/202404/t20240411_6596937.html', source: codeIndex('www.tj.gov.cn/sy/') },
  { id: 'zj.gov.cn', name: '浙江省人民政府', nameEn: 'Zhejiang Provincial Government', hosts: ['zj.gov.cn'], kind: 'government', province: '浙江', peoplesDaily: false, builtIn: false,
    example: 'https://www.zj.gov.cn/art/2024/1/26/art_1554467_60195319.html', source: codeIndex('www.zj.gov.cn/art/20') },
];
