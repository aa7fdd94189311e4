/**
 * Central and international bodies by their full and official short names: a CLOSED lexicon,
 * matched on the folded (Simplified) text, because their short forms (`工信部`, `市场监管总局`,
 * `党中央`) carry no suffix a rule could find and jieba tags them as plain nouns.
 *
 * Each row is one body: its full name first, then the short names it is written under. Sources
 * read for the lists (names are facts; the rows are our own arrangement):
 *  - the State Council's bodies by category (general office, 26 constituent departments, the
 *    special directly affiliated body, directly affiliated bodies, administrative offices,
 *    institutions and the national bureaus under ministries), after the 2018 and 2023 reforms:
 *    http://www.acbl.com.cn/article/11258.html and http://jp.xinhuanet.com/2018-03/13/c_137036074.htm
 *    (the same list as gov.cn's 国务院组织机构 page, https://www.gov.cn/guowuyuan/zuzhi.htm);
 *  - the Party Central Committee's departments, offices and the central units inspected with them:
 *    https://yaliqi.com/new/6408b1c519b14f6ba6165352b38cfbcd and
 *    https://rp.liu233w.com/https/yoda.wiki/wiki/General_Office_of_the_Chinese_Communist_Party;
 *  - short names as the bodies themselves and Xinhua write them in their releases
 *    (`国家卫生健康委`, `住房城乡建设部`, `市场监管总局`, `国家药监局`, `中央网信办`).
 * International bodies: the UN, its specialised agencies and programmes, and the main regional
 * and economic organisations, with the Chinese names Xinhua uses.
 */
export const CENTRAL_BODIES: readonly (readonly string[])[] = [
  // The Party centre and its organs.
  ['中国共产党中央委员会', '中共中央'],
  // 党中央 (the Party centre as the leading core) is written as a body of its own, not as a short
  // name of the Central Committee.
  ['党中央'],
  ['中共中央政治局', '中央政治局'],
  ['中共中央政治局常务委员会', '中央政治局常委会'],
  ['中共中央书记处', '中央书记处'],
  ['中共中央军事委员会', '中央军事委员会', '中央军委'],
  ['中央纪律检查委员会', '中央纪委', '中纪委'],
  ['国家监察委员会', '国家监委'],
  ['中共中央办公厅', '中央办公厅'],
  ['中共中央组织部', '中央组织部', '中组部'],
  ['中共中央宣传部', '中央宣传部', '中宣部'],
  ['中共中央统一战线工作部', '中央统战部', '中央统一战线工作部'],
  ['中共中央对外联络部', '中央对外联络部', '中联部'],
  ['中共中央政法委员会', '中央政法委员会', '中央政法委'],
  ['中共中央社会工作部', '中央社会工作部', '中央社会部'],
  ['中共中央政策研究室', '中央政策研究室', '中央政研室'],
  ['中央网络安全和信息化委员会办公室', '中央网信办', '国家互联网信息办公室', '国家网信办'],
  ['中央网络安全和信息化委员会', '中央网信委'],
  ['中央全面深化改革委员会', '中央深改委'],
  ['中央财经委员会办公室', '中央财办'],
  ['中央财经委员会', '中央财经委'],
  ['中央外事工作委员会办公室', '中央外办'],
  ['中央外事工作委员会', '中央外事委'],
  ['中央国家安全委员会', '中央国安委'],
  ['中央机构编制委员会办公室', '中央编办'],
  ['中央机构编制委员会', '中央编委'],
  ['中央金融委员会'],
  ['中央金融工作委员会', '中央金融工委'],
  ['中央科技委员会'],
  ['中央精神文明建设办公室', '中央文明办'],
  ['中共中央台湾工作办公室', '中央台湾工作办公室', '中台办', '国务院台湾事务办公室', '国台办'],
  ['中共中央港澳工作办公室', '中央港澳工作办公室', '国务院港澳事务办公室', '国务院港澳办', '国务院港澳事务办'],
  ['中共中央党校', '中央党校', '国家行政学院'],
  ['中共中央党史和文献研究院', '中央党史和文献研究院'],
  ['中央和国家机关工作委员会', '中央和国家机关工委'],
  ['人民日报社'], ['求是杂志社'], ['光明日报社'], ['经济日报社'], ['中国日报社'], ['科技日报社'],
  ['中央广播电视总台', '央视总台'],
  ['中国外文出版发行事业局', '中国外文局'],
  // The state: legislature, advisory body, courts, procuratorate.
  ['全国人民代表大会常务委员会', '全国人大常委会'],
  ['全国人民代表大会', '全国人大'],
  ['中国人民政治协商会议全国委员会', '全国政协'],
  ['最高人民法院'],
  ['最高人民检察院', '最高检'],
  // The State Council, its general office and constituent departments.
  ['中华人民共和国国务院', '国务院'],
  ['国务院办公厅'],
  ['外交部'], ['国防部'],
  ['国家发展和改革委员会', '国家发展改革委', '国家发改委', '发展改革委', '发改委'],
  ['教育部'],
  ['科学技术部', '科技部'],
  ['工业和信息化部', '工信部'],
  ['国家民族事务委员会', '国家民委'],
  ['公安部'], ['国家安全部'], ['民政部'], ['司法部'], ['财政部'],
  ['人力资源和社会保障部', '人力资源社会保障部', '人社部'],
  ['自然资源部'], ['生态环境部'],
  ['住房和城乡建设部', '住房城乡建设部', '住建部'],
  ['交通运输部'], ['水利部'], ['农业农村部'], ['商务部'],
  ['文化和旅游部', '文化旅游部', '文旅部'],
  ['国家卫生健康委员会', '国家卫生健康委', '国家卫健委'],
  ['退役军人事务部'], ['应急管理部'],
  ['中国人民银行', '人民银行'],
  ['审计署'],
  // The special directly affiliated body and the directly affiliated bodies.
  ['国务院国有资产监督管理委员会', '国务院国资委', '国资委'],
  ['海关总署'],
  ['国家税务总局', '税务总局'],
  ['国家市场监督管理总局', '国家市场监管总局', '市场监管总局'],
  ['国家金融监督管理总局', '金融监管总局'],
  ['中国证券监督管理委员会', '中国证监会', '证监会'],
  ['国家广播电视总局', '广电总局'],
  ['国家体育总局', '体育总局'],
  ['国家信访局'], ['国家统计局'],
  ['国家国际发展合作署'],
  ['国家知识产权局'],
  ['国家医疗保障局', '国家医保局'],
  ['国务院参事室'],
  ['国家机关事务管理局', '国管局'],
  // Administrative offices and directly affiliated institutions.
  ['国务院研究室'],
  ['国务院新闻办公室', '国务院新闻办', '国新办'],
  ['新华通讯社', '新华社'],
  ['中国科学院', '中科院'],
  ['中国社会科学院', '中国社科院'],
  ['中国工程院'],
  ['国务院发展研究中心'],
  ['中国气象局'], ['中国地震局'],
  // National bureaus under the ministries, and the names other bodies keep.
  ['国家粮食和物资储备局', '国家粮食和储备局'],
  ['国家能源局'],
  ['国家国防科技工业局', '国防科工局'],
  ['国家烟草专卖局'],
  ['国家移民管理局'],
  ['国家林业和草原局', '国家林草局'],
  ['国家铁路局'],
  ['中国民用航空局', '中国民航局', '民航局'],
  ['国家邮政局'], ['国家文物局'],
  ['国家中医药管理局', '国家中医药局'],
  ['国家疾病预防控制局', '国家疾控局'],
  ['国家矿山安全监察局', '国家矿山安监局'],
  ['国家消防救援局'],
  ['国家外汇管理局', '国家外汇局'],
  ['国家药品监督管理局', '国家药监局'],
  ['国家数据局'], ['国家公务员局'], ['国家档案局'], ['国家保密局'],
  ['国家航天局', '中国国家航天局'],
  ['国家原子能机构'],
  ['国家乡村振兴局'],
  ['国家外国专家局'], ['国家海洋局'], ['国家核安全局'],
  ['国家语言文字工作委员会', '国家语委'],
  ['国家认证认可监督管理委员会', '国家认监委'],
  ['国家标准化管理委员会', '国家标准委'],
  ['国家新闻出版署'], ['国家版权局'], ['国家电影局'], ['国家宗教事务局'],
  ['中国载人航天工程办公室'],
  // The armed forces.
  ['中国人民解放军', '解放军'],
  ['东部战区'], ['南部战区'], ['西部战区'], ['北部战区'], ['中部战区'], ['火箭军'], ['中央军委联合参谋部'], ['中央军委国防动员部'],
  ['中国人民武装警察部队', '武警部队'],
  // People's organisations.
  ['中华全国总工会', '全国总工会'],
  ['中国共产主义青年团中央委员会', '共青团中央', '团中央'],
  ['中华全国妇女联合会', '全国妇联'],
  ['中国科学技术协会', '中国科协'],
  ['中华全国工商业联合会', '全国工商联'],
  ['中国文学艺术界联合会', '中国文联'],
  ['中国作家协会', '中国作协'],
  ['中华全国归国华侨联合会', '中国侨联'],
  ['中国残疾人联合会', '中国残联'],
  ['中国红十字会'],
  // Universities news names by their short names (清华, 北大): the best-known, whose short names
  // are no common word.
  ['北京大学', '北大'], ['清华大学', '清华'], ['复旦大学', '复旦'], ['浙江大学', '浙大'], ['中国科学技术大学', '中国科大', '中科大'],
  ['香港大学', '港大'], ['香港中文大学', '港中大'],
];

export const INTERNATIONAL_BODIES: readonly (readonly string[])[] = [
  ['联合国'],
  ['联合国安全理事会', '联合国安理会', '安理会'],
  ['联合国大会'],
  ['联合国秘书处'],
  ['联合国人权理事会'],
  ['联合国教育、科学及文化组织', '联合国教科文组织', 'UNESCO'],
  ['联合国儿童基金会'],
  ['联合国开发计划署'],
  ['联合国环境规划署'],
  ['联合国难民署', '联合国难民事务高级专员办事处'],
  ['联合国粮食及农业组织', '联合国粮农组织', '粮农组织'],
  ['联合国工业发展组织', '联合国工发组织'],
  ['联合国贸易和发展会议', '联合国贸发会议'],
  ['联合国近东巴勒斯坦难民救济和工程处', '近东救济工程处'],
  ['世界粮食计划署', '世界粮食署'],
  ['世界卫生组织', '世卫组织', 'WHO'],
  ['世界贸易组织', '世贸组织', 'WTO'],
  ['世界气象组织'],
  ['世界知识产权组织', 'WIPO'],
  ['世界旅游组织'],
  ['国际劳工组织'],
  ['国际货币基金组织', 'IMF'],
  ['世界银行'],
  ['国际原子能机构', 'IAEA'],
  ['国际能源署', 'IEA'],
  ['国际可再生能源署'],
  ['国际电信联盟'],
  ['国际民用航空组织', '国际民航组织'],
  ['国际海事组织'],
  ['万国邮政联盟'],
  ['国际移民组织'],
  ['国际法院'],
  ['国际刑事法院'],
  ['国际红十字委员会'],
  ['国际奥林匹克委员会', '国际奥委会'],
  ['国际足球联合会', '国际足联'],
  ['国际标准化组织'],
  ['亚洲基础设施投资银行', '亚投行'],
  ['亚洲开发银行'],
  ['新开发银行'],
  ['欧洲联盟', '欧盟'],
  ['欧盟委员会', '欧委会'],
  ['欧洲议会'],
  ['欧洲中央银行', '欧洲央行'],
  ['东南亚国家联盟', '东盟', 'ASEAN'],
  ['北大西洋公约组织', '北约', 'NATO'],
  ['非洲联盟', '非盟'],
  ['阿拉伯国家联盟', '阿盟'],
  ['海湾阿拉伯国家合作委员会', '海合会'],
  ['伊斯兰合作组织'],
  ['上海合作组织', '上合组织'],
  ['经济合作与发展组织', '经合组织'],
  ['二十国集团', 'G20'], ['七国集团', 'G7'], ['世界经济论坛'], ['博鳌亚洲论坛'],
  // Foreign governments' seats and central banks named for the body, and the news agencies
  // Xinhua cites (据路透社报道).
  // Japan's ministries end in 省, which no rule may take for a head (it is a province).
  ['外务省'], ['防卫省'], ['财务省'], ['经济产业省'], ['文部科学省'], ['厚生劳动省'], ['国土交通省'], ['总务省'], ['法务省'],
  ['农林水产省'], ['环境省'],
  ['美国白宫', '白宫'], ['五角大楼'], ['克里姆林宫'], ['美国联邦储备委员会', '美联储'], ['美国国会'],
  ['路透社'], ['美联社'], ['法新社'], ['彭博社'], ['塔斯社'], ['共同社'], ['韩联社'], ['埃菲社'], ['德新社'], ['安莎社'],
  ['俄新社'], ['卫星通讯社'], ['美国有线电视新闻网'], ['英国广播公司'], ['半岛电视台'],
  ['亚太经济合作组织', '亚太经合组织', 'APEC'],
  ['石油输出国组织', '欧佩克', 'OPEC'],
];

/**
 * Large companies by the short names news uses without any suffix (`华为`, `比亚迪`, `特斯拉`):
 * the Chinese and foreign companies of the Fortune Global 500 and the best-known listed tech and
 * consumer companies, under the Chinese names the Fortune China list and Xinhua use
 * (http://www.zgjinwang.com/yejie/20230803/03232278.html, the 2023 list; names as the list and
 * news write them). Names that are also common words are left out (小米 millet, 联想 imagine,
 * 苹果 apple, 大众 the public, 长城 the Great Wall, 吉利 lucky): with their head (`小米集团`,
 * `苹果公司`) the rules find them.
 */
export const COMPANIES: readonly (readonly string[])[] = [
  ['国家电网有限公司', '国家电网'], ['中国南方电网', '南方电网'],
  ['中国石油天然气集团有限公司', '中国石油', '中石油'], ['中国石油化工集团有限公司', '中国石化', '中石化'],
  ['中国海洋石油集团有限公司', '中国海油', '中海油'],
  ['中国移动通信集团有限公司', '中国移动'], ['中国联合网络通信集团有限公司', '中国联通'], ['中国电信集团有限公司', '中国电信'],
  ['中国中车'], ['中国商飞'], ['中国中铁'], ['中国铁建'], ['中国交建'], ['中国宝武'], ['中国一汽'], ['中国电科'],
  ['中广核'], ['中国华能'], ['中国电建'], ['中粮集团', '中粮'], ['中国邮政'], ['中国国航'], ['中国平安'], ['中国人寿'],
  ['中国中信集团', '中信集团'], ['招商局集团', '招商局'], ['上汽集团'], ['东风汽车'], ['广汽集团'],
  ['中国工商银行', '工商银行', '工行'], ['中国建设银行', '建设银行', '建行'], ['中国农业银行', '农业银行', '农行'],
  ['上海证券交易所', '上交所'], ['深圳证券交易所', '深交所'], ['北京证券交易所', '北交所'],
  ['交通银行', '交行'], ['中国银行', '中行'], ['中国邮政储蓄银行', '邮储银行'],
  // The three policy banks (the six large state banks above are completed by 中国银行 and 邮储银行).
  ['国家开发银行', '国开行'], ['中国进出口银行', '进出口银行'], ['中国农业发展银行', '农发行'],
  ['华为技术有限公司', '华为'], ['比亚迪'], ['宁德时代'], ['腾讯'], ['阿里巴巴'], ['京东方'], ['百度'], ['字节跳动'], ['美团'],
  ['拼多多'], ['网易'], ['中兴通讯'], ['大疆'], ['科大讯飞'], ['海尔'], ['格力电器', '格力'], ['蔚来'], ['理想汽车'], ['小鹏汽车'],
  ['吉利汽车'], ['长安汽车'], ['中芯国际'], ['隆基绿能'], ['顺丰'], ['蒙牛'], ['台积电'], ['富士康'], ['鸿海'],
  ['微软'], ['谷歌'], ['特斯拉'], ['英伟达'], ['英特尔'], ['高通'], ['波音'], ['空中客车', '空客'], ['三星电子'], ['丰田'],
  ['大众汽车'], ['宝马'], ['西门子'], ['博世'], ['巴斯夫'], ['壳牌'], ['埃克森美孚'], ['沙特阿美'], ['沃尔玛'], ['星巴克'],
  ['麦当劳'], ['肯德基'], ['耐克'], ['阿迪达斯'], ['脸书'], ['推特'], ['索尼'], ['松下'], ['现代汽车'], ['诺基亚'], ['爱立信'],
  ['辉瑞'], ['阿斯利康'], ['摩根大通'], ['高盛'], ['贝莱德'], ['汇丰'], ['伯克希尔-哈撒韦', '伯克希尔'],
];

/**
 * Political parties and armed movements named without their country (`工党`, `哈马斯`): the ruling
 * and main opposition parties of the countries Chinese news reports on most, and the armed
 * groups of the Middle East wars, under Xinhua's Chinese names. `民主党派` (China's eight
 * parties as a class) and `民主党人` (people) are no party: see PARTY_NOT_AFTER.
 */
export const PARTIES: readonly (readonly string[])[] = [
  ['中国共产党', '中共'],
  ['民主党'], ['共和党'], ['工党'], ['保守党'], ['自由民主党', '自民党'], ['立宪民主党'], ['国民党', '中国国民党'], ['民进党'],
  ['民众党'], ['社会民主党', '社民党'], ['基督教民主联盟', '基民盟'], ['绿党'], ['自由党'], ['国民联盟'], ['统一俄罗斯党'],
  ['印度人民党'], ['国大党'], ['正义与发展党'], ['利库德集团'], ['真主党'], ['哈马斯'], ['法塔赫'], ['塔利班'], ['胡塞武装'],
];

/** After a party's name, what makes it a class, its people or its history (民主党派, 民主党人, 共产党员, 中共党史). */
export const PARTY_NOT_AFTER = /^[派人员党]/;

/**
 * The governments of the Hong Kong and Macao SARs and the Taiwan authorities, by the names the
 * mainland media use (Traditional pages name them most): the SAR governments' bureaux and
 * departments as listed on their own sites (https://www.gov.hk/tc/about/govdirectory/ and
 * https://www.gov.mo/zh-hant/ — the government directory pages), and the Taiwan bodies as
 * Xinhua names them. Matched on the folded text, so the rows are in Simplified.
 */
export const REGIONAL_BODIES: readonly (readonly string[])[] = [
  ['香港特别行政区政府', '香港特区政府'], ['澳门特别行政区政府', '澳门特区政府'],
  ['中央人民政府驻香港特别行政区联络办公室', '香港中联办'], ['中央人民政府驻澳门特别行政区联络办公室', '澳门中联办'],
  ['中央人民政府驻香港特别行政区维护国家安全公署', '驻港国安公署'],
  ['香港特别行政区立法会', '立法会'], ['廉政公署', '廉署'], ['香港警务处', '警务处'], ['入境事务处', '入境处'],
  ['医院管理局', '医管局'], ['卫生署', '衞生署'], ['香港金融管理局', '金管局'], ['香港交易所', '港交所'], ['律政司'], ['政务司'], ['财政司'],
  ['行政院'], ['立法院'], ['司法院'], ['考试院'], ['监察院'], ['大陆委员会', '陆委会'], ['海峡交流基金会', '海基会'],
  ['海峡两岸关系协会', '海协会'], ['中央研究院', '中研院'], ['卫生福利部', '卫福部'], ['国家发展委员会', '国发会'],
  ['金融监督管理委员会', '金管会'], ['海洋委员会海巡署', '海巡署'], ['中央选举委员会', '中选会'],
];
