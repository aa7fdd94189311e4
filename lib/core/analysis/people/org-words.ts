import { FUNCTION_WORDS } from './lexicon';

/** Words (all Simplified) that make, end and bound an organisation's name. */

/**
 * The heads an organisation's name ends with, by class: government and party bodies, courts and
 * police, schools and hospitals, research bodies, companies, associations, media, task forces,
 * foreign forces and cabinets. Longest first, so a head is taken whole (分公司 before 公司).
 */
export const ORG_HEAD = new RegExp(
  '(?:' +
    [
      '人民政府', '委员会', '常委会', '委会', '党工委', '党委', '党组', '党支部', '党总支', '政协', '人大', '妇联', '团委', '工商联', '科协', '文联', '侨联', '残联', '红十字会', '办事处', '管理处', '警务处', '事务处', '秘书处', '办公室', '办公厅', '政府', '纪委', '监委', '省委', '市委', '县委', '区委', '州委',
      '外务省', '防卫省', '财务省', '经济产业省', '文部科学省', '厚生劳动省', '国土交通省', '总务省', '法务省', '农林水产省', '环境省',
      // Japan's agencies (厅), from the list of its central ministries and agencies in
      // https://zh.m.wikipedia.org/zh-hans/日本行政机关 (中央省厅一览).
      '警察厅', '数字厅', '复兴厅', '宫内厅', '金融厅', '消费者厅', '国税厅', '林野厅', '水产厅', '资源能源厅', '中小企业厅', '特许厅', '观光厅', '气象厅', '海上保安厅', '防卫装备厅', '公安调查厅', '出入国在留管理厅',
      // Inspection teams sent by a party committee or the centre, numbered (省委第五巡视组, 中央第三生态环境保护督察组).
      '巡视组', '巡察组', '督察组', '督导组', '督查组', '指导组',
      // A party committee's or a government's standing office of inspection (市委督查室, 县政府督查室).
      '督查室',
      '领导小组', '工作组', '总指挥部', '指挥部', '内阁', '议会',
      // The SARs' legislatures (香港立法会, 澳门特区立法会).
      '立法会', '国防军', '武装部队',
      '总统府', '首相府', '总理府',
      // A customs area office (海关总署广东分署).
      '分署',
      '人民法院', '法院', '检察院', '派出所', '边检总站', '边检站', '边防检查站', '检查站', '公安局', '分局', '总局', '总队', '支队', '大队', '中队',
      '研究院', '研究所', '研究中心', '科学院', '工程院', '实验室', '教研室', '研究室', '工作室', '中心',
      '大学', '学院', '中学', '小学', '学校', '党校', '幼儿园', '一中', '二中', '三中', '四中', '五中', '六中', '七中', '八中', '九中', '十中', '附中', '附小',
      '医院', '卫生院', '文化馆', '图书馆', '博物馆', '纪念馆', '美术馆', '科技馆', '档案馆', '陈列馆', '展览馆',
      '监狱', '看守所', '戒毒所', '拘留所', '联防联控机制',
      // A township's or a county's stations by their remit (镇综合文化站, 乡农技站); a bare 站 is too often a
      // station or a site.
      '文化站', '农技站', '农机站', '畜牧站', '兽医站', '林业站', '水利站', '水文站', '气象站', '救助站', '防疫站',
      '分公司', '有限公司', '公司', '分行', '支行', '央行', '总领事馆', '领事馆', '总领馆', '领馆', '大使馆', '使馆', '集团', '银行', '交易所', '合作社', '联合社', '农场', '合作总社', '事务所',
      // Factories (卷烟厂, 机床厂), troupes (杂技团, 越剧团, 合唱团), clubs, police stations and
      // garrisons, university departments by discipline (物理系).
      // A production and construction corps (新疆生产建设兵团) heads its name as a body of the state.
      '生产建设兵团',
      // A railway bureau's sections (工务段 maintains the track, 机务段 the locomotives…).
      '工务段', '机务段', '车务段', '电务段', '供电段', '车辆段', '客运段',
      '厂', '剧团', '乐团', '杂技团', '马戏团', '艺术团', '歌舞团', '合唱团', '舞蹈团', '工作团', '演剧队', '俱乐部', '警署', '军区', '军分区', '警备区',
      '联谊会', '公会', '学联', '智库',
      // Hong Kong's and Macao's associations by their usual heads (香港中文中学联会, 澳门科学技术协进会).
      '联会', '协进会', '同乡会', '校友会',
      // Mutual-aid associations of farmers or workers (丰都新农人互助会).
      '互助会',
      '中文系', '外语系', '东语系', '西语系', '物理系', '化学系', '数学系', '历史系', '哲学系', '经济系', '法律系', '新闻系', '生物系', '地理系', '计算机系',
      // Sports associations by their usual short form (中国足协, 中国篮协).
      '足协', '篮协', '排协', '田协', '泳协', '乒协', '羽协', '网协', '冰协', '棋协',
      // Consumers' and artists' associations by their usual short forms (省消协, 市作协, 中国记协, 省美协).
      '消协', '作协', '记协', '美协', '书协', '音协', '剧协', '影协', '舞协', '曲协', '民协',
      // The disabled persons' associations of the China Disabled Persons' Federation by their short
      // forms (中国盲协, 中国聋协, 中国肢协, 中国智协, 中国精协), as the federation's own site names them.
      '盲协', '聋协', '肢协', '智协', '精协',
      '总工会', '工会', '总会', '分会', '海关', '协会', '学会', '商会', '联合会', '基金会', '理事会', '研究会', '促进会', '共策会', '联盟', '组织',
      '民主党', '共和党', '国民党', '民进党', '自民党', '共产党', '保守党', '工党',
      // Parties abroad by their kind (老挝人民革命党, 柬埔寨人民党) and congresses that are parties
      // (非洲人国民大会). A lone 党 is no head: read back it cut 太岳区党委 and named 太岳区党.
      '人民革命党', '革命党', '人民党', '社会党', '自由党', '民族党', '统一党', '工人党', '劳动党', '国民大会',
      '电视台', '广播电台', '台网', '气象台', '天文台', '报社', '杂志社', '出版社', '通讯社', '日报', '晚报', '晨报', '早报', '商报', '青年报',
      '局', '厅', '部', '委', '办', '署', '司', '院', '所', '队',
    ].join('|') +
    ')$',
);

/** Common nouns that end like an organisation (格局, 干部, 西部, 场所, 团队, 支部 alone…); a
 * security bureau (安全局) is no 全局 (the whole situation), and a theatre of a genre (国家话剧院,
 * 北京京剧院) is a company of players, not a venue. */
export const NOT_ORG_HEAD = new RegExp(
  '(?:格局|布局|大局|结局|当局|时局|(?<!安)全局|开局|骗局|棋局|' +
    // A war's course and other turns of a situation (华北战局, 残局, 僵局); a general staff's
    // operations bureau (作战局) is a body.
    '(?<!作)战局|(?<![邮财民市行家内])政局|残局|危局|僵局|(?<!建)设局|变局|困局|败局|赌局|饭局|乱局|破局|迷局|谜局|牌局|强队|干部|大部|全部|内部|外部|局部|总部|[东西南北中]部|腹部|头部|胸部|底部|顶部|尾部|' +
    '一部|两部|这部|那部|本部|各部|细部|' +
    // Parts of the body and halves of a place (腿部, 唇部, 南半部), no department.
    '腿部|唇部|面部|脸部|背部|腰部|颈部|肩部|臀部|足部|手部|眼部|口部|鼻部|耳部|膝部|肘部|腕部|肺部|腹腔部|[东西南北上下前后]半部|' +
    '场所|厕所|住所|处所|诊所|会所|客厅|餐厅|大厅|展厅|门厅|' +
    '团队|部队|军队|梯队|排队|车队|球队|乐队|舰队|带队|领队|组队|归队|入队|整队|站队|庭院|寺院|书院|(?<![话京评越豫昆川沪粤秦晋])剧院|影院|' +
    // A patient's stay (住院, 转院) and asking what to do (怎么办) end in a head character, no body.
    '住院|出院|入院|转院|怎么办|咋办|好办|难办|照办|' +
    // A factory as a word, a place in it or a move to or from one (工厂, 全厂, 出厂, 建厂).
    '(?<![一-龥])(?:工厂|[全本该各每两]厂|[出进入回返到离驻下]厂|[建办设开关停]厂)|' +
    // An ounce (每盎司) is a unit of weight, no department.
    '盎司|有所|无所|之所|上市公司|网上银行|手机银行|网络银行|电子银行|上司|官司|主办|承办|协办|举办|创办|开办|兴办|督办|查办|包办|' +
    '常委|编委|评委|政委|主委|部署|院所|科研院所|小学生|中学生|大学生|' +
    '全党|入党|建党|爱党|兴党|管党|治党|政党|本党|该党|执政党|在野党|反对党|[两多各一我他其此]党|党的)$',
);

/** Venues, facilities and statuses named like a body (会展中心, 数据中心, 建成科技创新中心). */
export const NOT_BODY_END = new RegExp(
  '(?:会展中心|会议中心|展览中心|体育中心|购物中心|物流中心|数据中心|市民中心|文化中心|活动中心|商务中心|金融中心|贸易中心|市中心|城市中心|' +
    '集结中心|枢纽中心|科技创新中心|运营中心|制造中心|工作中心|为中心|副中心|' +
    // Kinds of school and pairs of committees, no name (全国普通高等学校, 美国私立大学, 雄安两委).
    '高等学校|全日制大学|私立大学|公立大学|重点大学|两委|' +
    // Halls of a venue (西南大学圆顶报告厅, …宾馆金桂厅), not bodies.
    '(?:报告|会议|宴会|多功能|音乐|演播|接待|贵宾|候机|候车)厅|(?:宾馆|酒店|饭店|大厦|会堂|礼堂|山庄|会议中心).{1,4}厅|' +
    // Alliances of states, not bodies (北约军事联盟, “民主联盟”).
    '军事联盟|安全联盟|战略联盟|政治联盟|民主联盟|军事同盟|同盟|^(?:新?时代)?文明实践(?:中心|所|站)|' +
    // Bodies as a class, no name: the ministries as a whole (国家部委, 中央部委), international or
    // regional bodies in general (国际和地区组织, 非政府组织), and ensembles counted by their size
    // for one show (千人合唱团, 千人交响乐团).
    // Halls and gate towers are venues (人民大会堂, 天安门城楼), no bodies.
    // Parts of a body or a place (脑深部, 胸腹部, 西北部): 部 of a part, no department.
    '(?:深|内|外|局|全|底|顶|腹|胸|头|背|腰|面|足|颈|腿|上|下|前|后|东|南|西|北|中|腹)部|' +
    '会堂|礼堂|城楼|部委|^(?:国际|地区|区域|社会|民间|非政府|政府间|多边)性?(?:[和与及](?:国际|地区|区域)性?)?组织|^[百千万]人.{0,4}团)$',
);

/** Words before a head that end the walk back: what stands before them is not the name
 * (养老机构|泰康之家上海分公司, 龙头企业|宇通客车, 全资子公司|常州…有限公司, 生产商|温德纺织公司). */
export const CATEGORY_WORDS =
  /^(?:灾区|震区|疫区|参赛队|执政党|在野党|反对党|政党|友党|机构|企业|品牌|子公司|全资子公司|控股子公司|孙公司|母公司|参股公司|控股股东|大股东|股东|合作伙伴|生产商|提供商|服务提供商|服务商|供应商|制造商|开发商|运营商|经销商|代理商|承包商|零售商|单位|部门|龙头企业|私营企业|民营企业|国有企业|外资企业|合资企业|独资企业|乡镇企业|集体企业|上市公司|民企|国企|车企|药企|央企|中企|外企|港企|台企|名企|高校|院校|媒体|智库|团体|组织|投资方|主办方|承办方|协办方|合作方|出资方|买方|卖方|甲方|乙方|对方|双方|各方|多方|校方|院方|资方|厂方|外方|中方)$/;

/** What a match says of the sides in it (战胜|韩国女队, 逼平|四川全兴队, 下半场|日本队, 东道主|中国香港队):
 * a result, a stage of the game or the host's role stands before a side's name and is no part of it.
 * Also the last word of one jieba glued to what came before (中逼平/x). */
export const MATCH_WORDS = /(?:战胜|击败|打败|击溃|逼平|战平|打平|逼和|负于|输给|败给|不敌|力克|大胜|完胜|险胜|小胜|惜败|憾负|首破|横扫|淘汰|东道主|上半场|下半场|半场|半决赛|决赛|首战|次战|遇)$/;

/** Words that join two bodies acting together, or an owner and what it owns: the name before
 * them is another body (`市住建局会同市自然资源和规划局`, `中国平安旗下平安银行`). */
export const SPLIT_WORDS = /^(?:会同|联合|协同|携手|牵头|会商|配合|同|与|和|及|、|或|旗下|下属|所属)$/;

/** What follows a name that makes it a meeting or a document, not a body (`省政府工作报告`). */
export const MEETING_AFTER = /^(?:工作报告|常务会议|全体会议|工作会议|会议|党组会议|新闻发布会|年会|峰会|领导人会晤|外长会|博览会|交易会|展览会|运动会|论坛|第[一二三四五六七八九十百\d]+[次届]|[一二三四五六七八九十\d]+次(?:全体)?会议|[一二三四五六七八九十]中全会)/;

/** Industry words a company's short name ends with after its brand (宇通客车, 伊利股份, 蒙牛乳业). */
export const INDUSTRY = /^(?:客车|汽车|矿业|重工|科技|电子|能源|电力|医药|药业|化工|钢铁|航空|物流|传媒|地产|置业|股份|控股|实业|建工|环保|材料|新材|光电|通信|软件|网络|食品|乳业|酒业|纺织|种业|机械|装备|电气|电工|盾构|啤酒|能化|制药|生物|智能|动力|证券|基金|资本|信托|期货|保险|资管|创投)$/;

/** Words after a company's name that show it as a company: what it owns, its officers and staff,
 * its shares, its filings and statements (`腾讯旗下`, `小米集团董事长`, `苹果公司股价`, `贵州茅台公告称`). */
export const COMPANY_CONTEXT =
  /^(?:旗下|董事长|副董事长|董事会|董事|总裁|副总裁|总经理|副总经理|创始人|联合创始人|首席执行官|CEO|员工|股价|市值|财报|高管|发言人|官方|官网|官微|公告|声明|年报|股票|股东|大股东|总部|方面|负责人|相关负责人|工作人员|研报|报告|分析师|研究员|首席经济学家|数据|首席|高层|管理层|净利润|利润|营收|业绩)$/;

/** A company acting as one right after its name: announcing, launching, stating, maybe after a
 * day or to the press (`某集团宣布`, `苹果公司9日对记者表示`). */
export const COMPANY_ACTS =
  /^(?:\d{1,2}日|[今昨前]日|当天|日前|近日|随后|也|还|则|已|正式|公开|再次|首次|同日)?(?:[对向](?:记者|媒体|外界))?(?:发布|推出|宣布|表示|称|声称|声明|回应|官宣|披露|透露|证实|否认|公告|公布)/;

/** After 中心, nouns that make it 'central', not a centre (中心任务, 中心城区), or a project to build
 * or run one (物流中心项目, 关爱中心项目), no body; the centre's staff (疾控中心工作人员) are its own. */
export const COMPOUND_AFTER = /^(?:任务|工作(?!人员)|城区|城市|环节|议题|内容|问题|地位|位置|思想|主题|区域|地带|市场|项目)/;

/** After an outlet's name, its app, site or channel: page chrome, not the body (`人民日报客户端`). */
export const MEDIA_AFTER = /^(?:客户端|网站|官网|微博|微信|公众号|频道|app|APP)/;

/**
 * Verbs that stand inside the names of bodies (空间应用工程与技术中心, 乡村振兴局, 集团控股有限公司,
 * 附属第一医院): any other verb is the sentence's (认为, 在于, 邀请, 来自) and ends the name.
 */
export const NAME_VERBS = new RegExp(
  '^(?:' +
    ['应用', '振兴', '控股', '协调', '发展', '建设', '促进', '管理', '保护', '监督', '研究', '开发', '投资', '规划', '改革', '监管', '救援',
      '救助', '运输', '交流', '合作', '服务', '检验', '检测', '检疫', '执法', '指挥', '调查', '教育', '培训', '审计', '评估', '认证', '出版',
      '发行', '设计', '制造', '生产', '经营', '勘察', '测绘', '防治', '防控', '应急', '保障', '维护', '治理', '创新', '孵化', '推广', '评审',
      '审查', '仲裁', '调解', '统筹', '联络', '接待', '办公', '巡视', '巡察', '监察', '检察', '审判', '侦查', '转化', '储备', '营销', '传播',
      '创作', '演出', '展览', '收藏', '鉴定', '实践', '实训', '共建', '共享', '监测', '预警', '防御', '勘探', '开采', '加工', '供应', '销售',
      '采购', '融资', '担保', '结算', '交易', '登记', '托管', '计算', '附属', '直属', '对接', '交会', '发射', '运行', '控制', '支援', '编审',
      '执行', '稽查', '缉私', '安置', '康复', '养老', '育婴', '救治', '急救', '会诊', '流通', '配送', '回收', '利用', '排水', '供水', '供热',
      '供电', '通信', '信息', '组织', '驻', '驻华', '宣传', '统战', '巡防', '巡逻', '治安', '刑侦', '经侦', '禁毒', '交通', '消防', '预防', '统计', '预算', '税务',
      // Remits of media, care and aid bodies jieba tags as verbs (网络视听节目服务协会, 香港注册中医学会,
      // 癌症患者关爱基金会, 扶贫基金会, 法律援助中心, 技术研发中心, 科学普及出版社).
      '视听', '注册', '关爱', '扶贫', '援助', '资助', '救灾', '减灾', '咨询', '研发', '普及',
      // Local bodies' and cooperatives' remits (行政审批服务局, 就业服务中心, 种植专业合作社).
      '审批', '就业', '种植', '养殖', '种养',
      // A builder's line of work (中国建筑五局总承包公司, 工程承包公司); a justice bureau's defending
      // the government's cases (司法部行政复议与应诉局).
      '承包', '应诉'].join('|') +
    ')$',
);

/** Counting and time words that stop the walk back (24小时快警巡防队). */
export const UNIT_WORDS = /^(?:小时|分钟|年|月|日|天|周|个|名|家|位|多|余|批|支)$/;

/** Pronouns, determiners and `原` (former) that stop the walk back (该公司, 本院, 各级政府, 原中央党校). */
export const DETERMINERS = /^(?:原|前|该|其|本|此|这|那|这些|那些|这个|那个|这位|那位|这支|那支|这所|那所|各|各级|各界|每|某|我|我们|你|他|她|他们|它|它们|全|多家|一家|这家|那家|两家|几家|数家|各家|有关|相关)$/;

/**
 * A word that can be no part of a body's own name: a function word, a word for a kind of body
 * (企业, 主办方) or a pointer (该, 这家, 有关). The rules that take a name with no suffix from
 * the words around it (a member company, a unit, a brand in apposition) refuse every such word.
 */
export function namesNoBody(w: string): boolean {
  return FUNCTION_WORDS.test(w) || CATEGORY_WORDS.test(w) || DETERMINERS.test(w);
}

/** Where an organisation may start without any proper name in it: a level (`省公安厅`, a street's
 * own department `街道经济和科技促进局`), not a common word that opens with a level character (市场部,
 * 区域中心) nor the townships as a class (乡镇党委), nor a street's office or committee alone, nor
 * a street's centre (`一家街道综合服务中心` is one of many). */
export const LEVEL_START = /^(?:自治[区州县]|省(?!份|钱)|市(?!场|民|值|面|井|容)|县(?!城)|区(?!域|块|别|间)|州|乡(?!镇|村)|镇|国家|中央|中共|全国|国务院|中国|中华|街道(?!(?:办事处|党工委|工委|办|社区|居委会)$)(?=.*(?:局|委员会|办公室|所|站|队|科)$))(?!级)/;

/** A back-reference by level and head alone: `省厅` after `湖南省公安厅`, `市委` after `长沙市委`. */
export const LEVEL_BACK_REFERENCE = /[省市县州][厅局委]/g;

/** Leadership posts that follow the name of the body they lead (`…共策会会长`, `…论坛主席`). */
export const LEADER_POST =
  /^(?:执行主席|主席|副主席|会长|副会长|理事长|秘书长|所长|副所长|院长|副院长|主任|副主任|负责人|联合创始人|创始人|董事长|总裁|首席执行官|总经理|社长|总编辑|校长)$/;

/** POS tags of proper names (jieba's set): a span needs one of these, a level start or a known body. */
export const PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'x', 'eng']);

/** Tags a head word may carry: nouns (部署/v and 主办/v are no heads). */
export const HEAD_TAGS = new Set(['n', 'nt', 'ns', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'x', 'l', 'ng', 'vn']);

/** Tags that never stand inside a name: particles, adverbs, interjections, measure and direction words. */
// (游客/们/k 参观…: the plural suffix closes a word for people, no name goes on through it.)
export const STOP_TAGS = new Set(['uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'u', 'd', 'ad', 'y', 'e', 'o', 'zg', 'q', 'f', 'k']);

/** Tags that may stand inside a name but never open one (应用 in 空间应用工程与技术中心, 战时 in 战时内阁). */
export const INNER_ONLY_TAGS = new Set(['v', 'vn', 'vd', 'a', 'an', 'p', 'c', 'm', 'r', 's', 'l', 'i', 't', 'b']);

/** Words of a list that stops there: `金风科技、特变电工…等企业`, `…等20余家山西企业` (a count, then a
 * place or a kind of two or three characters). */
export const LIST_OF_COMPANIES =
  /^等(?:[\d０-９]+(?:余|多)?家(?:\p{Script=Han}{2,3}?)?)?(?:外资|中资|头部|大型|知名|主要|国有|股份制|公募|私募|国际|海外|境外|国内|科技|互联网|平台)?(?:基金公司|基金|资管机构|保险公司|险企|企业|公司|车企|药企|央企|民企|国企|银行|机构|单位|个股|股票|概念股|上市公司|券商|高校|院校|医院|厂商|厂家|品牌|运营商|国际组织|社会组织|组织|协会|团体|智库|媒体|科研院所|院所|金融机构|研究机构|商会|基金会|学会)/u;

/**
 * Bodies a county or city names without its place, as their own officials write them in a post
 * (`政法委书记`, `人大副主任`, `公安局党委书记`) or a list of departments (`纪委等部门`): the local
 * body of that name.
 */
export const BARE_BODIES =
  /^(?:省委|市委|县委|区委|州委|政法委|纪委|监委|纪委监委|人大|人大常委会|政协|公安局|检察院|人民检察院|法院|人民法院|人武部|武装部|组织部|宣传部|统战部|团委|妇联|总工会|财政局|教育局|民政局|司法局|税务局|审计局|统计局|信访局)$/;

/** What follows a bare body's name to show it is one: a post of its officials, or `等部门`. */
export const BARE_BODY_AFTER = /^(?:(?:副|常务)?(?:书记|主任|主席|局长|部长|院长|检察长|政委)|党委书记|党组书记|党委副书记|党组副书记|常委(?!会)|等(?:部门|单位))/;

// ---- Words that open, join or close a name read back, and kinds that are no name ---------------

/** What opens a clause before a body's name: a verb of holding an office, the time it was held, or
 * a count of people glued to 任/成 (`1人任`), maybe after a verb of writing or speaking to (`写信给当时`). */
export const OFFICE_LEAD = /^(?:[^，。、；\s]{0,3}?[给向对])?(?:当时|时任|后任|现任|曾任|原任|历任|升任|调任|出任|担任|兼任|转任|改任|继任|[人名位][任成])(?=\p{Script=Han})/u;

/** Verbs of one body running, helping or building another, inside a span after a first name. */
export const BODY_JOINING_VERB = /(?<=\p{Script=Han}{2})(?:领办|托管|援建|帮扶|共建|结对|对口支援)(?=\p{Script=Han}{2})/u;

/** A bureau after an outlet's name: the place, 分社 or 记者站, maybe a desk of it (`江西分社农村采访室`). */
export const BUREAU = /^(\p{Script=Han}{2,5}?)(?:分社|记者站)(?:\p{Script=Han}{2,6}?(?:采访室|编辑室|编辑部|新闻部))?/u;

/** A company's name and its board (`海尔集团董事局`, `万科企业股份有限公司董事会`). */
export const BOARD_OF_COMPANY = /\p{Script=Han}{2,}(?:集团|公司|银行|控股|股份|实业|企业)(?:董事局|董事会|监事会)$/u;

/** A kind of body by its levels or its era, no place named (`全国地方政协`, `省市县政协`, `新时代人民政协`),
 * maybe counted (`市县两级政府`), and a kind of working committee by its remit (`市县两级两新工委`). */
export const GENERIC_LEVELS = /^(?:(?:全国|地方|各级|省市县|省市|市县|县乡|乡镇|基层|新时代|时代)+(?:[两三四五]级)?(?:人民)?(?:政协|人大|党委|政府|纪委|法院|检察院)|(?:省市县|省市|市县|县乡|乡镇)?(?:[两三四五]级)?两新(?:工委|党工委|组织党委))$/;

/** The party's grass-roots organs by two tiers or more are a kind, whatever was read in before them
 * (`镇村党组织`, `县乡村党组织`, `选优配强镇村党组织`); one village's or town's organ is a name. */
export const TIERED_PARTY_ORGANS = /(?:各级|基层|省市县|市县|县乡|乡镇|县乡村|镇村|乡村|村居|镇街|县区|区县)(?:[两三四五]级)?(?:党组织|党委|党支部|党总支|党工委)$/;

/** A verb with its result before a level that opens a body's name (`做强省疾控中心`, `建强县级医院`):
 * jieba glues the result to the level (`做/v 强省/x`), and the verb is the clause's, not the name's. */
export const RESULT_VERB_LEAD = /^(?:做|建|办|管|抓|搞|育)[强优大实精好活细稳](?=[省市县区州乡镇]\p{Script=Han})/u;

/** Two bodies of no named place, joined or not (`党委政府`, `党委和政府`, `人大政协`). */
export const GENERIC_PAIR = /^(?:党委|政府|人大|政协)(?:和|与|及)?(?:党委|政府|人大|政协)$/;

/** The services the lexicon names bare (their guard is in lexiconSpans). */
export const SERVICE = /^(?:陆军|海军|空军|红军)$/;

/** What may stand right before a service named on its own: a pause, a conjunction, a preposition. */
export const SERVICE_AFTER = /[和与及、的在由为是对向将把被同跟了从等]/;

/** A province's or a region's name without its level (浙江, 内蒙古), as a county's name may follow it. */
export const PROVINCE = /^(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆)$/;

/** A date's last character and a verb of joining or entering a body, glued by jieba. */
export const DATE_THEN_JOINING = /^[年月日号](?:入职|就职|任职|供职|加入|考入|进入|调入|调任|来到|回到|任教于|就读于|入选|起在|在)?/;
