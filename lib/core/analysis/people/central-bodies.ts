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
  ['中共中央军事委员会', '中央军事委员会', '中央军委', '军委'],
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
  // The central news outlets by the names their own mastheads and Xinhua use (a paper named as a
  // body counts; its name in a dateline, a credit or 《》 is optional by the conventions).
  ['人民日报社', '人民日报'], ['求是杂志社'], ['光明日报社', '光明日报'], ['经济日报社', '经济日报'], ['中国日报社', '中国日报'],
  ['科技日报社', '科技日报'], ['工人日报社', '工人日报'], ['农民日报社', '农民日报'], ['法治日报社', '法治日报'],
  ['中国青年报社', '中国青年报'], ['人民政协报社', '人民政协报'], ['中国纪检监察报社', '中国纪检监察报'], ['学习时报社', '学习时报'],
  ['中国妇女报社', '中国妇女报'], ['解放军报社', '解放军报'], ['环球时报社', '环球时报'], ['中国新闻社', '中新社'],
  ['中央广播电视总台', '央视总台', '中央电视台'], ['中国国际电视台'],
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
  // The local commissions keep the national name without 国家 (湖南省发展和改革委员会, 市卫健委): with a
  // place before them they are that place's body, grouped by place under any of these names.
  ['国家发展和改革委员会', '国家发展改革委', '国家发改委', '发展和改革委员会', '发展改革委', '发改委'],
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
  ['国家卫生健康委员会', '国家卫生健康委', '国家卫健委', '卫生健康委员会', '卫生健康委', '卫健委'],
  ['退役军人事务部'], ['应急管理部'],
  // (央行: the short name the bank goes by, http://m.cchcastings.com/p/2511115841.html; another country's
  // central bank is named with its country, 日本央行, and found by rule.)
  ['中国人民银行', '人民银行', '央行'],
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
  // The national CDC, an institution under the national disease control bureau.
  ['中国疾病预防控制中心', '中国疾控中心'],
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
  ['东部战区'], ['南部战区'], ['西部战区'], ['北部战区'], ['中部战区'], ['陆军'], ['海军'], ['空军'], ['火箭军'],
  // The fifteen organs of the Central Military Commission set up in January 2016, by the names and the
  // short forms (军委…) that China Military Online's review of the reform lists them with
  // (http://news.haiwainet.cn/n/2016/0111/c3541083-29536251.html), and the commission by its short
  // form 军委 as a word of its own (军委决定…).
  ['中央军委办公厅', '军委办公厅'], ['中央军委联合参谋部', '军委联合参谋部'], ['中央军委政治工作部', '军委政治工作部'],
  ['中央军委后勤保障部', '军委后勤保障部'], ['中央军委装备发展部', '军委装备发展部'], ['中央军委训练管理部', '军委训练管理部'],
  ['中央军委国防动员部', '军委国防动员部'], ['中央军委纪律检查委员会', '中央军委纪委', '军委纪律检查委员会', '军委纪委'],
  ['中央军委政法委员会', '军委政法委员会', '军委政法委'], ['中央军委科学技术委员会', '军委科学技术委员会', '军委科技委'],
  ['中央军委战略规划办公室', '军委战略规划办公室'], ['中央军委改革和编制办公室', '军委改革和编制办公室'],
  ['中央军委国际军事合作办公室', '军委国际军事合作办公室'], ['中央军委审计署', '军委审计署'],
  ['中央军委机关事务管理总局', '军委机关事务管理总局'],
  ['中国人民武装警察部队', '武警部队'],
  // The garrisons in the SARs, by the names the garrisons' own releases and Xinhua use.
  ['中国人民解放军驻香港部队', '驻香港部队', '驻港部队'], ['中国人民解放军驻澳门部队', '驻澳门部队', '驻澳部队'],
  // The people's armies of the revolutionary wars and the Korean War, and their headquarters, as
  // histories and anniversaries name them (八路军总部, 新四军军部).
  ['国民革命军第八路军', '八路军'], ['八路军总部'], ['新四军'], ['新四军军部'], ['中国人民志愿军', '志愿军'], ['中国工农红军', '红军'],
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
  // More people's organisations, each with branches by province and city (省贸促会, 市台联), as the
  // CPPCC's sectors list them (http://subsites.chinadaily.com.cn/YunnanUniversity/2019-03/08/c_343356.htm)
  // and as the trade council describes itself (https://en.nctoro.com/tag_ccpityingwenjieshi).
  ['中华全国青年联合会', '全国青联'],
  ['中华全国台湾同胞联谊会', '全国台联'],
  ['中国国际贸易促进委员会', '中国贸促会', '贸促会'],
  // The eight democratic parties and their central committees (民革中央…台盟中央), by the full and
  // short names of the government's own list (http://big5.locpg.gov.cn/gate/big5/www.locpg.gov.cn/zggq/2014-01/04/c_125956357.htm,
  // short forms as in https://zh.wenxuecity.com/bbs/mychina/1003949.html).
  ['中国国民党革命委员会', '民革'], ['中国国民党革命委员会中央委员会', '民革中央'],
  ['中国民主同盟', '民盟'], ['中国民主同盟中央委员会', '民盟中央'],
  ['中国民主建国会', '民建'], ['中国民主建国会中央委员会', '民建中央'],
  ['中国民主促进会', '民进'], ['中国民主促进会中央委员会', '民进中央'],
  ['中国农工民主党', '农工党'], ['中国农工民主党中央委员会', '农工党中央'],
  ['中国致公党', '致公党'], ['中国致公党中央委员会', '致公党中央'],
  ['九三学社'], ['九三学社中央委员会', '九三学社中央'],
  ['台湾民主自治同盟', '台盟'], ['台湾民主自治同盟中央委员会', '台盟中央'],
  // Universities news names by their short names (清华, 北大): the best-known, whose short names
  // are no common word.
  ['北京大学', '北大'], ['清华大学', '清华'], ['复旦大学', '复旦'], ['浙江大学', '浙大'], ['中国科学技术大学', '中国科大', '中科大'],
  ['香港大学', '港大'], ['香港中文大学', '港中大'],
  // More of the Ministry of Education's directly administered universities by the short names they use
  // on their own sites and news uses (西安交大 of 西安交通大学); short names shared by two universities
  // (交大, 南大, 中大), that are words (天大, 东大) or that open a hospital's name (同济) are left out.
  ['西安交通大学', '西安交大'], ['上海交通大学', '上海交大', '上交大'], ['北京航空航天大学', '北航'], ['北京理工大学', '北理工'],
  ['北京师范大学', '北师大'], ['华东师范大学', '华东师大'], ['哈尔滨工业大学', '哈工大'], ['西北工业大学', '西工大'],
  ['国防科技大学', '国防科大'], ['电子科技大学', '电子科大'], ['北京邮电大学', '北邮'], ['中国农业大学', '中国农大'],
  ['武汉大学', '武大'], ['四川大学', '川大'], ['厦门大学', '厦大'], ['南开大学', '南开'],
  ['华中科技大学', '华中科大'],
];

/**
 * Former State Council ministries and commissions, by full and short names: history and memoirs
 * in People's Daily name them (`国家教委`, `外经贸部`, `铁道部`, `地质部党组`). Read from the 1998
 * reform plan as People's Daily printed it (https://ent.cctv.com/news/other/20030221/100349.shtml),
 * an overview of the ministries and commissions later abolished or renamed
 * (http://news.fjsen.com/2013-03/11/content_10829188_all.htm, and the list of former commissions at
 * http://m.handmsg.com/page/2018/1207/4587920.shtml), and the 2003, 2008, 2013 and 2018 plans as
 * the State Council's own list of departments records them. Short forms of three characters or
 * fewer are also the names of departments inside other bodies (`文化部`, `机械部` of a company or a
 * students' union), so org-lexicon-spans.ts takes them only where no name word stands before them.
 */
export const FORMER_BODIES: readonly (readonly string[])[] = [
  ['国家计划委员会', '国家发展计划委员会', '国家计委'], ['国家经济贸易委员会', '国家经贸委'], ['国家经济委员会', '国家经委'],
  ['国家经济体制改革委员会', '国家体改委', '国务院经济体制改革办公室', '国务院体改办'],
  ['国家教育委员会', '国家教委'], ['国家体育运动委员会', '国家体委'], ['国家科学技术委员会', '国家科委'],
  ['国防科学技术工业委员会', '国防科工委'], ['国家计划生育委员会', '国家计生委'], ['国家人口和计划生育委员会', '国家人口计生委'],
  ['国家卫生和计划生育委员会', '国家卫生计生委'],
  ['电力工业部', '电力部'], ['煤炭工业部', '煤炭部'], ['冶金工业部', '冶金部'], ['机械工业部', '机械部'], ['电子工业部', '电子部'],
  ['化学工业部', '化工部'], ['国内贸易部'], ['邮电部'], ['劳动部'], ['广播电影电视部', '广电部'], ['地质矿产部', '地矿部'], ['地质部'],
  ['林业部'], ['人事部'], ['铁道部'], ['卫生部'], ['文化部'], ['农业部'], ['建设部'], ['国土资源部'], ['信息产业部'], ['监察部'],
  ['对外贸易经济合作部', '外经贸部'], ['劳动和社会保障部', '劳动保障部'], ['国家环境保护总局', '国家环保总局'], ['环境保护部', '环保部'],
  ['国家旅游局'], ['国家工商行政管理总局', '国家工商总局'], ['国家质量监督检验检疫总局', '国家质检总局'],
  ['国家食品药品监督管理总局', '国家食药监总局'], ['国家安全生产监督管理总局', '国家安监总局'], ['国家新闻出版广电总局', '新闻出版广电总局'],
  ['中国银行业监督管理委员会', '中国银监会', '银监会'], ['中国保险监督管理委员会', '中国保监会', '保监会'],
  ['中国银行保险监督管理委员会', '中国银保监会', '银保监会'], ['国务院扶贫开发领导小组办公室', '国务院扶贫办'],
  ['国务院侨务办公室', '国务院侨办'], ['国务院法制办公室', '国务院法制办'], ['国家测绘地理信息局', '国家测绘局'],
];

export const INTERNATIONAL_BODIES: readonly (readonly string[])[] = [
  ['联合国'],
  ['联合国安全理事会', '联合国安理会', '安理会'],
  ['联合国大会'],
  ['联合国秘书处'],
  ['联合国人权理事会'],
  ['联合国教育、科学及文化组织', '联合国教科文组织', 'UNESCO'],
  ['联合国儿童基金会'],
  // The academy of sciences for the developing world (TWAS), under the name Xinhua uses.
  ['发展中国家科学院', '世界科学院'],
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
  ['世界银行', '世行'],
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
  ['亚洲开发银行', '亚行'],
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
  // More of the UN system (its funds, programmes, offices and bodies as the UN's own system chart
  // lists them, https://www.un.org/zh/about-us/un-system, under Xinhua's Chinese names), the
  // financial, regional and sports bodies Xinhua's international pages name most, and foreign
  // governments' agencies known by name alone.
  ['联合国人口基金'], ['联合国妇女署'], ['联合国艾滋病规划署'], ['联合国人居署'], ['联合国毒品和犯罪问题办公室'],
  ['联合国人道主义事务协调厅', '联合国人道协调厅'], ['联合国人权事务高级专员办事处', '联合国人权高专办'],
  ['联合国经济及社会理事会', '联合国经社理事会'], ['政府间气候变化专门委员会'], ['联合国气候变化框架公约秘书处'],
  ['国际清算银行'], ['金融稳定理事会'], ['世界海关组织'], ['国际刑事警察组织', '国际刑警组织'], ['红十字国际委员会'],
  ['无国界医生组织', '无国界医生'], ['国际特赦组织'], ['世界反兴奋剂机构'], ['国际体育仲裁法庭', '国际体育仲裁院'],
  ['国际残疾人奥林匹克委员会', '国际残奥委会'], ['亚洲奥林匹克理事会', '亚奥理事会'], ['亚洲足球联合会', '亚足联'],
  ['欧洲足球协会联盟', '欧足联'], ['国际篮球联合会', '国际篮联'], ['国际排球联合会', '国际排联'], ['国际乒乓球联合会', '国际乒联'],
  ['世界田径联合会', '世界田联', '国际田联'], ['世界泳联', '国际泳联'], ['国际滑冰联盟', '国际滑联'], ['国际雪联'], ['世界羽联'],
  ['独立国家联合体', '独联体'], ['集体安全条约组织'], ['欧亚经济联盟'], ['美洲国家组织'], ['南方共同市场'], ['加勒比共同体'],
  ['太平洋岛国论坛'], ['南亚区域合作联盟'], ['东非共同体'], ['西非国家经济共同体', '西共体'], ['南部非洲发展共同体'],
  ['非洲开发银行'], ['泛美开发银行'], ['欧洲复兴开发银行'], ['欧洲投资银行'], ['国际农业发展基金'], ['全球疫苗免疫联盟'],
  ['国际航空运输协会', '国际航协'], ['国际商会'], ['欧洲理事会'], ['欧盟理事会'], ['欧洲法院'], ['欧洲刑警组织'],
  ['欧洲航天局', '欧空局'], ['欧洲核子研究中心'], ['七十七国集团', '77国集团'], ['国际海底管理局'], ['国际海洋法法庭'],
  ['常设仲裁法院'], ['世界自然基金会'], ['绿色和平组织'], ['国际电工委员会'],
  ['美国中央情报局', '中央情报局', '中情局'], ['美国联邦调查局', '联邦调查局', 'FBI'], ['美国国土安全部', '国土安全部'], ['美国国家安全局'],
  ['美国贸易代表办公室'], ['美国疾病控制和预防中心', '美国疾控中心'], ['美国食品药品监督管理局', '美国食品和药物管理局', 'FDA'],
  // Russia's lower house by the name Xinhua uses (the State Duma).
  ['俄罗斯国家杜马', '国家杜马'],
  // A country's armed forces by the short name Xinhua writes (以军 for 以色列国防军, 美军, 俄军, 乌军),
  // and the armies of the Second World War the histories name (日军, 德军, 苏军). 韩军 and 土军 are
  // left out: the first is as often a given name (李韩军), the second too rare to be sure of.
  ['以色列国防军', '以军'], ['美军'], ['俄军'], ['乌军'], ['英军'], ['法军'], ['德军'], ['日军'], ['苏军'], ['印军'],
  ['美国证券交易委员会', '美国证交会'], ['美国国家航空航天局', '美国航天局', 'NASA'], ['俄罗斯联邦安全局'], ['日本海上保安厅'],
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
  ['中国中车'], ['中国商飞'], ['中国中铁', '中铁'], ['中国铁建'], ['中国交建'], ['中国宝武'], ['中国一汽'], ['中国电科'],
  ['中广核'], ['中国华能'], ['中国电建'], ['中粮集团', '中粮'], ['中国邮政'], ['中国国航'], ['中国平安'], ['中国人寿'],
  ['中国中信集团', '中信集团'], ['招商局集团', '招商局'], ['上汽集团'], ['东风汽车'], ['广汽集团'],
  ['中国工商银行', '工商银行', '工行'], ['中国建设银行', '建设银行', '建行'], ['中国农业银行', '农业银行', '农行'],
  ['上海证券交易所', '上交所'], ['深圳证券交易所', '深交所'], ['北京证券交易所', '北交所'],
  ['交通银行', '交行'], ['中国银行', '中行'], ['中国邮政储蓄银行', '邮储银行', '邮储'],
  // The three policy banks (the six large state banks above are completed by 中国银行 and 邮储银行).
  ['国家开发银行', '国开行'], ['中国进出口银行', '进出口银行'], ['中国农业发展银行', '农发行'],
  ['华为技术有限公司', '华为'], ['比亚迪'], ['宁德时代'], ['腾讯'], ['阿里巴巴'], ['京东方'], ['百度'], ['字节跳动'], ['美团'],
  ['拼多多'], ['网易'], ['中兴通讯'], ['大疆'], ['科大讯飞'], ['海尔'], ['格力电器', '格力'], ['蔚来'], ['理想汽车'], ['小鹏汽车'],
  ['吉利汽车'], ['长安汽车'], ['中芯国际'], ['隆基绿能'], ['顺丰'], ['蒙牛'], ['台积电'], ['富士康'], ['鸿海'],
  ['微软'], ['谷歌'], ['特斯拉'], ['英伟达'], ['英特尔'], ['高通'], ['波音'], ['空中客车', '空客'], ['三星电子'], ['丰田'],
  ['大众汽车'], ['宝马'], ['西门子'], ['博世'], ['巴斯夫'], ['壳牌'], ['埃克森美孚'], ['沙特阿美'], ['沃尔玛'], ['星巴克'],
  ['麦当劳'], ['肯德基'], ['耐克'], ['阿迪达斯'], ['脸书'], ['推特'], ['索尼'], ['松下'], ['现代汽车'], ['诺基亚'], ['爱立信'],
  ['辉瑞'], ['阿斯利康'], ['摩根大通'], ['高盛'], ['贝莱德'], ['汇丰'], ['伯克希尔-哈撒韦', '伯克希尔'],
  // The central state-owned enterprises under SASAC by the names their own sites and Xinhua use
  // (SASAC's directory of central enterprises, http://www.sasac.gov.cn/n2588035/n2641579/n2641645/index.html),
  // and more of the Fortune China 500 and the best-known listed companies (the same 2023 list).
  ['中国航天科技集团有限公司', '中国航天科技集团', '航天科技集团'], ['中国航天科工集团有限公司', '中国航天科工集团', '航天科工集团'],
  ['中国航空工业集团有限公司', '中国航空工业集团', '航空工业集团'], ['中国船舶集团有限公司', '中国船舶集团', '中国船舶'],
  ['中国兵器工业集团有限公司', '中国兵器工业集团'], ['中国兵器装备集团有限公司', '中国兵器装备集团'],
  ['中国电子信息产业集团有限公司', '中国电子'], ['中国航空发动机集团有限公司', '中国航发'],
  ['中国核工业集团有限公司', '中核集团'], ['国家能源投资集团有限责任公司', '国家能源集团'], ['国家电力投资集团有限公司', '国家电投'],
  ['中国长江三峡集团有限公司', '三峡集团'], ['中国华电集团有限公司', '中国华电'], ['中国大唐集团有限公司', '中国大唐'],
  ['中国能源建设集团有限公司', '中国能建'], ['中国建筑集团有限公司', '中国建筑', '中建集团', '中建'], ['中国中化控股有限责任公司', '中国中化', '中化集团'],
  ['中国五矿集团有限公司', '中国五矿', '五矿集团'], ['中国铝业集团有限公司', '中国铝业', '中铝集团'], ['中国建材集团有限公司', '中国建材'],
  ['中国远洋海运集团有限公司', '中远海运'], ['中国医药集团有限公司', '国药集团'], ['华润（集团）有限公司', '华润集团'],
  ['中国保利集团有限公司', '保利集团'], ['中国东方航空集团有限公司', '东方航空', '东航'], ['中国南方航空集团有限公司', '南方航空'],
  ['中国铁塔'], ['中国广电'], ['中国星网'], ['中国稀土集团'], ['中国物流集团'], ['中国电气装备集团'], ['中国煤炭科工集团'],
  // The rest of SASAC's directory (the same page), by the full names and the short names the groups'
  // own sites use; a short name that is also a phrase (中国化学, 中国黄金, 中国节能) is left to its head.
  ['中国储备粮管理集团有限公司', '中储粮集团有限公司', '中储粮集团公司', '中储粮集团', '中储粮'],
  ['中国机械工业集团有限公司', '国机集团'], ['哈尔滨电气集团有限公司', '哈电集团'], ['中国东方电气集团有限公司', '东方电气集团', '东方电气'],
  ['中国第一重型机械集团有限公司', '中国一重集团', '中国一重'], ['中国通用技术（集团）控股有限责任公司', '通用技术集团'],
  ['国家开发投资集团有限公司', '国投集团'], ['中国旅游集团有限公司', '中国旅游集团'], ['中国节能环保集团有限公司', '中国节能环保集团'],
  ['中国国际工程咨询有限公司', '中咨公司'], ['中国诚通控股集团有限公司', '中国诚通'], ['中国国新控股有限责任公司', '中国国新'],
  ['中国钢研科技集团有限公司', '中国钢研'], ['中国化学工程集团有限公司', '中国化学工程集团'], ['中国盐业集团有限公司', '中盐集团'],
  ['中国有色矿业集团有限公司', '中国有色集团'], ['中国铁路通信信号集团有限公司', '中国通号'], ['中国信息通信科技集团有限公司', '中国信科集团', '中国信科'],
  ['中国农业发展集团有限公司', '中国农发集团'], ['中国林业集团有限公司', '中国林业集团'], ['中国民航信息集团有限公司', '中国航信'],
  ['中国航空油料集团有限公司', '中国航油'], ['中国航空器材集团有限公司', '中国航材'], ['中国黄金集团有限公司', '中国黄金集团'],
  ['中国检验认证（集团）有限公司', '中国中检'], ['中国安能建设集团有限公司', '中国安能'], ['新兴际华集团有限公司', '新兴际华集团'],
  ['中国华录集团有限公司', '中国华录'], ['中国矿产资源集团有限公司', '中国矿产资源集团'], ['中国航空集团有限公司', '中航集团'],
  ['鞍钢集团有限公司', '鞍钢集团', '鞍钢'], ['首钢集团有限公司', '首钢集团', '首钢'], ['河钢集团'], ['宝钢股份', '宝钢'], ['沙钢集团'],
  ['中国神华'], ['中煤集团'], ['招商银行', '招行'], ['上海浦东发展银行', '浦发银行', '浦发'], ['兴业银行'], ['民生银行'], ['中信银行'], ['光大银行'], ['华夏银行'],
  ['中信证券'], ['中金公司'], ['中国人保'], ['中国太保'], ['新华保险'], ['蚂蚁集团'], ['京东'], ['携程'], ['快手科技'],
  ['万科'], ['碧桂园'], ['恒大集团'], ['奇瑞汽车', '奇瑞'], ['长城汽车'], ['北汽集团'], ['海康威视'], ['药明康德'], ['恒瑞医药'],
  ['迈瑞医疗'], ['紫金矿业'], ['三一重工', '三一集团'], ['徐工集团', '徐工'], ['中联重科'], ['潍柴动力', '潍柴'], ['美的集团'],
  ['海信集团', '海信'], ['伊利集团', '伊利股份'], ['贵州茅台'], ['五粮液'], ['通威股份'], ['阳光电源'], ['天合光能'],
  ['晶科能源'], ['长江存储'], ['联想集团'], ['三星电子', '三星'],
  ['亚马逊'], ['三菱'], ['日立'], ['东芝'], ['本田技研工业', '本田汽车'], ['日产汽车'], ['福特汽车'], ['通用汽车'], ['通用电气'],
  ['雪佛龙'], ['强生'], ['默沙东'], ['诺华'], ['赛诺菲'], ['葛兰素史克'], ['宝洁'], ['联合利华'], ['雀巢'],
  ['可口可乐'], ['戴尔'], ['惠普'], ['甲骨文'], ['思科'], ['摩根士丹利'], ['花旗集团', '花旗银行', '花旗'], ['瑞银集团', '瑞银'],
  ['德意志银行'], ['巴克莱银行', '巴克莱'], ['安联'], ['洛克希德·马丁公司', '洛克希德·马丁', '洛克希德-马丁'], ['雷神公司'],
  ['霍尼韦尔'], ['卡特彼勒'], ['梅赛德斯-奔驰'], ['雷诺'], ['沃尔沃'], ['SK海力士'], ['美光'], ['阿斯麦'], ['英飞凌'],
  ['恩智浦'], ['超威半导体'], ['OpenAI'], ['SpaceX'], ['IBM'], ['AMD'], ['ASML'], ['OPPO'], ['TCL'],
  // More of the Fortune Global 500 (the same 2023 list) and of the large listed companies the
  // financial press names by their short names alone (the constituents of the CSI 300 index as
  // the index compiler lists them, https://www.csindex.com.cn/, under the names the companies'
  // own filings use), the mainland exchanges, and the state's railway and pipeline groups.
  ['中国国家铁路集团有限公司', '国铁集团'], ['国家石油天然气管网集团有限公司', '国家管网集团'], ['中国光大集团', '光大集团'],
  ['中国投资有限责任公司', '中投公司'], ['中国太平保险集团', '中国太平'], ['中国银联'], ['泰康保险集团', '泰康保险'],
  ['上海期货交易所', '上期所'], ['大连商品交易所', '大商所'], ['郑州商品交易所', '郑商所'], ['中国金融期货交易所', '中金所'],
  ['广州期货交易所', '广期所'], ['上海黄金交易所'], ['中国证券登记结算有限责任公司', '中国结算'],
  ['国泰君安'], ['海通证券'], ['广发证券'], ['招商证券'], ['中信建投'], ['华泰证券'], ['申万宏源'], ['东方财富'], ['同花顺'],
  ['长江电力'], ['中国核电'], ['海螺水泥'], ['牧原股份'], ['温氏股份'], ['海天味业'], ['福耀玻璃'], ['立讯精密'], ['东方雨虹'],
  ['亿纬锂能'], ['国轩高科'], ['赣锋锂业'], ['天齐锂业'], ['华友钴业'], ['晶澳科技'], ['明阳智能'], ['金风科技'], ['中国中免'],
  ['泸州老窖'], ['洋河股份'], ['山西汾酒'], ['片仔癀'], ['云南白药'], ['北京同仁堂', '同仁堂'], ['复星医药'], ['万华化学'],
  ['江淮汽车'], ['赛力斯'], ['零跑汽车'], ['极氪'], ['安踏体育', '安踏'], ['农夫山泉'], ['娃哈哈'], ['青岛啤酒'], ['海底捞'],
  ['瑞幸咖啡'], ['蜜雪冰城'], ['名创优品'], ['泡泡玛特'], ['爱奇艺'], ['商汤科技'], ['中通快递'], ['圆通速递'], ['滴滴出行'],
  ['苏宁易购'], ['京东物流'], ['菜鸟网络'],
  ['奈飞'], ['迪士尼'], ['优步'], ['诺斯罗普·格鲁曼', '诺斯罗普-格鲁曼'], ['通用动力'], ['泰雷兹'], ['空客公司'], ['施耐德电气'],
  ['飞利浦'], ['欧莱雅'], ['路威酩轩'], ['爱马仕'], ['宜家'], ['优衣库'], ['迅销'], ['达能'], ['拜耳'], ['默克'], ['莫德纳'],
  ['诺和诺德'], ['吉利德'], ['穆迪'], ['标普'], ['惠誉'], ['黑石集团'], ['桥水基金'], ['软银集团', '软银'], ['任天堂'], ['佳能'],
  ['尼康'], ['三井物产'], ['住友商事'], ['必和必拓'], ['力拓'], ['淡水河谷'], ['嘉能可'], ['道达尔能源', '道达尔'],
  ['安赛乐米塔尔'], ['渣打银行'], ['富国银行'], ['瑞士信贷'], ['野村证券', '野村控股'], ['三菱日联金融集团', '三菱日联'],
  ['现代汽车集团'], ['起亚'], ['LG电子'], ['马自达'], ['斯特兰蒂斯'], ['保时捷'], ['奥迪'], ['梅赛德斯-奔驰集团'],
  // Airlines, which news names by their full names and by two characters (英航, 法航): the flag carriers
  // in https://kpfans.com/article/dWndwpeXvM.html, the carriers in the code tables of
  // https://renrendoc.com/paper/335846290.html and
  // http://tvboxnow.com/viewthread.php?extra=page%3D10%26amp%3Borderby%3Dreplies&tid=3584413 (英航, 国泰航空,
  // 联合航空), with the short forms the papers write.
  ['法国航空公司', '法国航空', '法航'], ['英国航空公司', '英国航空', '英航'], ['德国汉莎航空公司', '汉莎航空', '汉莎'],
  ['日本航空公司', '日本航空', '日航'], ['大韩航空公司', '大韩航空'], ['意大利航空公司', '意大利航空'], ['芬兰航空公司', '芬兰航空'],
  ['土耳其航空公司', '土耳其航空'], ['澳大利亚航空公司', '澳大利亚航空'], ['国泰航空公司', '国泰航空'], ['美国联合航空公司', '联合航空'],
  ['海南航空股份有限公司', '海南航空', '海航'], ['厦门航空有限公司', '厦门航空', '厦航'], ['四川航空股份有限公司', '四川航空', '川航'],
  ['深圳航空有限责任公司', '深圳航空', '深航'], ['山东航空股份有限公司', '山东航空', '山航'], ['上海航空公司', '上海航空'],
  ['春秋航空'], ['上海吉祥航空股份有限公司', '吉祥航空'],
  // Banks by the short names the financial press writes alone (浦发, 邮储 above; 深发展 is the
  // Shenzhen Development Bank of the 2000s, since merged into 平安银行), with the names the banks'
  // own sites use (pingan.com, cgbchina.com.cn, sc.com/cn, dbs.com.cn, hangseng.com, hkbea.com).
  // 广发, 民生, 光大, 华夏, 兴业 alone are also words or other companies: with 银行 the rules find them.
  ['深圳发展银行', '深发展'], ['平安银行'], ['广发银行', '广发行'], ['渣打银行', '渣打'], ['星展银行', '星展'],
  ['恒生银行'], ['东亚银行'],
  // The bank-card network and the auction houses the finance and culture pages name alone
  // (unionpayintl.com, sothebys.com, christies.com, guardauction.com). The web portals (新浪) are left
  // out: their name opens their channels' and desks' names (新浪娱乐讯), which are no company.
  ['中国银联', '银联'], ['苏富比'], ['佳士得'], ['中国嘉德国际拍卖有限公司', '中国嘉德', '嘉德'],
];

/**
 * Political parties and armed movements named without their country (`工党`, `哈马斯`): the ruling
 * and main opposition parties of the countries Chinese news reports on most, and the armed
 * groups of the Middle East wars, under Xinhua's Chinese names. `民主党派` (China's eight
 * parties as a class) and `民主党人` (people) are no party: see PARTY_NOT_AFTER.
 */
export const PARTIES: readonly (readonly string[])[] = [
  ['中国共产党', '中共'],
  // Ruling parties abroad by their Chinese full and short names (sources in party-centres.ts).
  ['越南共产党', '越共'], ['古巴共产党', '古共'], ['朝鲜劳动党'],
  ['民主党'], ['共和党'], ['工党'], ['保守党'], ['自由民主党', '自民党'], ['立宪民主党'], ['国民党', '中国国民党'], ['民进党'],
  ['民众党'], ['社会民主党', '社民党'], ['基督教民主联盟', '基民盟'], ['绿党'], ['自由党'], ['国民联盟'], ['统一俄罗斯党'],
  ['印度人民党'], ['国大党'], ['正义与发展党'], ['利库德集团'], ['真主党'], ['巴勒斯坦伊斯兰抵抗运动', '哈马斯'], ['法塔赫'], ['塔利班'], ['胡塞武装'],
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
