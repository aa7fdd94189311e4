/** Words and patterns (all Simplified) that tell people, posts, organisations and places apart. */

// ---- Lexicon (Simplified) -------------------------------------------------------------------

/** The few hundred common single-character surnames, and the compound ones still in use. A name
 * must start with one: the cheapest filter against the HMM's made-up words (而涉, 时至, 余人 pass
 * it only with evidence of a person around them). */
export const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
    '姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向' +
    '汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单' +
    '季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄' +
    '窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻' +
    '苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚权帅屠豆朴练廉禹井祖漆巴' +
    '丰卿狄计索宣晋初云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜逯隆茹诸战慕玉银亢嵇湛宾戎勾茅揭' +
    '尉冶檀衣展昝智幸奉衡富尧闭习信阎萧印钮贲蔚郗鄂酆禤甯訾綦隗逄郦洪赖濮笪暨宦' +
    // Rarer surnames of the classical list that are no common word on their own.
    '汲邴糜宓钭蓟莘璩郏殳夔厍乜蒯竺桓庾').split(''),
);
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '端木', '轩辕', '呼延', '澹台', '申屠', '西门'];

/** Characters that never occur inside a name in running text: particles, pronouns, numerals,
 * and 摄 (a photo credit's verb glued to the name: 王芳摄). 月 is left out: it is common in given
 * names (罗满月), and a two-character word ending in it (当月, 次月) is refused by NOT_NAME_END. */
export const NOT_IN_NAME = /[的了是在和与及或这那其之为也都就还不没很最更么吗呢吧啊着过把被让从向对将于等个年日时分第二三四五六七八九十百千万亿我你他她它们说摄到]/;
/** A last character that makes a word a place or an office, not a given name (陆港区), or a verb of means
 * the HMM glued to a name (陆昱用/x “…”评价: 用 ends no given name in the name corpus of given-names.ts), or a
 * verb's direction after an adjective or a verb whose first character is a surname (让村民富起来, 高下去). */
export const NOT_NAME_END = /(?:[区市县省镇乡村路街港局厅所院部处站馆副任网用]|^\p{Script=Han}月|家军|[起下出过上回进开][来去])$/u;

/**
 * Posts and roles that introduce a name: `…厅长王一鸥`, `民警彭铁军`, `记者邹伟`, `航天员刘旺`,
 * `种粮大户张大伟`. Built by class: offices (…长, …书记, …主任), the 员 of a job (航天员, 专员,
 * 评论员, 运动员, but not 动员/裁员), the 师 of a trade (技师, 工程师, not 会师/誓师), the 人 of a
 * responsibility (负责人, 经纪人, 诗人), the 工/手/生/者/官/户 of a worker, player, student, doer,
 * officer or household, and the people named by where they live or what they do (村民, 老板).
 */
export const POST =
  '(?:总书记|书记|常委|委员|主任|主席|总理|总统|(?:首|外|防|财|法|经济|官房)相|议员|部长|(?<![增成延擅生助漫见拉特专消伸])长|' +
  '(?<![复裁减满全增])(?<!(?<!运)动)员|(?<![京誓出会班拜从雄军之为以])师|' +
  '(?:负责|发言|创始|创办|创建|合伙|主持|代言|传承|带头|经纪|责任|掌门|继承|当事|投资|出品|制片|策展|领路|举报|' +
  '候选|监护|发起|主理|主办|承办|联络|控制|诗|词|文|法|证)人|' +
  '(?:选|歌|舵|旗|球|鼓|射|操盘|狙击|能|骑)手|(?:车|焊|钳|电|技|木|瓦|矿|护|员|职|临时|合同|环卫)工|工人|农民工|' +
  '(?:学|博士|硕士|研究|本科|大学|毕业|实习|留学|中学|小学|高中|医|考|新)生|' +
  '(?:记|学|作|志愿|患|读|消费|参与|建设|创业|从业|劳动|获奖|幸存|研究|工作|爱好|经营|管理|开拓|守护|见证|亲历|' +
  '发明|创作|表演|演唱|开创|倡导|发起|传播|践行|奋斗|追梦|护航|摆渡)者|' +
  '(?:警|法|检察|外交|指挥|军|审判|执法|书记|执行|运营|财务|技术|信息|营销|长)官|国务卿|' +
  '(?:种粮大|养殖|种植|农|贫困|脱贫|低保|个体|专业|商)户|' +
  '(?:\\p{Script=Han}{0,3}学|科学|企业|艺术|音乐|收藏|评论|教育|实业|思想|政治|外交|军事|作曲|舞蹈|摄影|漫画|慈善|书法|航海|歌唱|演奏|革命|剧作|美术|' +
  '戏剧|雕塑|翻译|探险|发明|银行|投资|金融|小说|散文|活动|理论|战略|改革|出版|指挥|钢琴|提琴|声乐|建筑|设计|工艺|篆刻|陶艺|园艺|考古|专|作|画)家|编剧|编导|主演|歌手|' +
  '[省市县区州旗镇乡校]领导|民警|辅警|交警|特警|编辑|主编|教授|院士|专家|学者|博士后|博士|硕士|博导|硕导|主委|专干|会计|出纳|楷模|乡贤|明白人|党魁|首领|将领|清洁工|搬运工|装卸工|维修工|巡警|狱警|片警|乘警|人士|股民|彩民|承包户|五保户|困难户|搬迁户|示范户|教官|士官|武官|斗士|卫士|网民|车手|棋手|助手|义工|召集人|新闻官|联络官|顾问|参事|干事|常务理事|战士|护士|总监|经理|总裁|董事|主管|干部|代表|代办|秘书|助理|领导人|领袖|党首|' +
  '大使|公使|大臣|参赞|领事|总领事|特使|司令|总指挥|政委|总督|国王|女王|王储|亲王|教宗|教皇|主教|总干事|董秘|监事|支书|高管|王子|公主|沙皇|天皇|女皇|皇帝|' +
  '(?:上|中|少|大)(?:将|校|尉)|将军|元帅|军人|红军|CEO|CFO|CTO|COO|社工|党员|村民|居民|市民|游客|农民|渔民|牧民|果农|菜农|茶农|村医|员工|职工|师傅|老板娘|老板|' +
  '店主|摊主|主帅|前锋|中锋|边锋|后卫|门将|外援|名将|老将|宿将|车主|户主|房东|厂长|导游|司机|保姆|主播|博主|网红|教练|导演|演员|艺人|(?:巨|明|影|歌|球|笑|童)星|影帝|影后|小哥|老兵|士兵|知青|学子|创客|烈士|工匠|匠人|村官|模范|劳模|标兵|冠军|亚军|季军|状元|得主)';
export const POST_AT_END = new RegExp(`${POST}$`, 'u');
/** A post or honorific standing right after a name and belonging to it (`习近平总书记`,
 * `钟南山院士`): high offices, academic ranks and forms of address, not a post that could
 * begin the next phrase (`王明代表公司`, `李华长期`). */
export const POST_AFTER_NAME = /^(?:总书记|副?书记|副?主席|副?总理|副?总统|首相|副?(?:省|市|县|区|州|乡|镇|村|部|厅|局|处|科|司|院|所|校|社|行|站|馆|队|团|会|组)长|委员长|(?:董事长|副?总经理|副?总裁|副?秘书长|副?理事长|外长|总干事|委员|主编|总编辑|主?教练|医生|大夫|律师|法官|警官|议长|总督|国王|女王|总监|博士|参议员|众议员|国务卿|发言人|首席执行官|总工程师|总设计师|总指挥|副?(?:厂|船|机|班|台|署|园)长)(?=[，,。、；;：:）)表说指介认主致讲强在也还对向带率的和与等])|院士|副?教授|研究员|副?主任|大使|议员|总司令|司令员|政委|将军|元帅|同志|先生|女士|老师|师傅)/;
/** Forms of address that show a person without being a post (`王明同志`). */
export const ADDRESS = /^(?:同志|先生|女士)$/;
/** Posts that follow the body or place a person belongs to more often than a name (白宫发言人,
 * 新华社记者, 村里党员): no evidence of a person before them. */
const AFFILIATION = '(?:发言人|记者|代表|委员|党员|干部|员工|职工|居民|村民|市民|游客|学生|成员|人员|志愿者|选手|专家|学者|工人|农民|模范|劳模|标兵|冠军|亚军|季军|状元|得主|村官)';
/** What follows a name and shows a person (`习近平总书记`, `王某同志`, `张三等人`): a post, an
 * honorific or a relation, but not an affiliation. */
export const AFTER_NAME = new RegExp(`^(?!${AFFILIATION})(?:${POST}|同志|先生|女士|老人|大爷|大妈|阿姨|等人|等同志|夫妇|一家|的亲?(?:父亲|母亲|妻子|丈夫|儿子|女儿|爱人|老伴|外甥|外甥女|侄子|侄女|孙子|孙女|女婿|儿媳|遗孀|弟子))`, 'u');
/** Kinship and relations before a name: evidence of a person, but no post (`小儿子陆聿`,
 * `林佳华的同学刘学昊`). */
export const RELATION_AT_END = /(?:儿子|女儿|妻子|丈夫|爱人|父亲|母亲|爸爸|妈妈|孙子|孙女|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|姥姥|同学|同事|朋友|好友|挚友|战友|老友|校友|老师|学生|弟子|老伴|徒弟|师父|扮演者|饰演者)$/;
/** Periods that date a historical figure's description (`晚清词人陈廷焯`, `（宋）陆游`). */
export const DYNASTY = /^(?:先秦|春秋|战国|秦|秦朝|汉|汉朝|西汉|东汉|三国|魏|晋|西晋|东晋|南北朝|隋|唐|唐朝|晚唐|盛唐|五代|宋|宋朝|北宋|南宋|元|元朝|明|明朝|明代|晚明|清|清朝|清代|晚清|近代|民国|现代|当代)$/;

export const SPEECH = '(?:表示|说|介绍|指出|强调|告诉|认为|称|谈到|坦言|回忆|解释|透露|答道|提到|感慨|建议|分析|直言|坦承|补充|总结|呼吁|提醒|说明|证实|笑着|笑著|答|表态|回应|笑言|讲述|写道|谈及|谈起|举例|宣布|向记者|对记者|接受采访|致辞|发言(?!人)|作报告)';
export const SPEECH_AT_START = new RegExp(`^${SPEECH}`);
/** `…厅长王一鸥表示`: a post, a 2–3 character name, a speech verb. Finds names jieba cut wrongly
 * (所/长安/志 for 所长安志, 周赛/保 for 周赛保). */
export const POST_NAME_SPEECH = new RegExp(`${POST}(\\p{Script=Han}{2,3}?)(?=${SPEECH}|、)`, 'gu');
/** `…研究院研究员郭进考代表运用…`, `…厅长李志强代表介绍`: a deputy's or a member's title after the name
 * (代表 of a people's congress, 委员 of a political consultative conference), then a verb or a pause;
 * the post before the name is looked for only where such a title stands (POST_NAME_BEFORE_DEPUTY). */
export const DEPUTY_TITLE = new RegExp(`(?:代表|委员)(?=${SPEECH}|[，,：:]|\\p{Script=Han}{0,2}(?:说|讲|建议|表示|认为|介绍|提出|运用|带来|呼吁|关注|坦言|对|在|从|把|将|为|是|还|也|一直|多年|长期))`, 'gu');
/** A post, then a name of two or three characters closing the text it is tried on. */
export const POST_NAME_BEFORE_DEPUTY = new RegExp(`${POST}(\\p{Script=Han}{2,3}?)$`, 'u');
/** A photo caption names people with their position: `彭铁军(左前)`, `杨锦（右一）`. */
export const CAPTION_POSITION = /^[(（][左右中前后一二三四五六七八九排起]{1,4}[)）]/;
/** A credit label: a role opening the line, a bracket or a segment, then a colon or a slash,
 * maybe earlier names (`责编：李淑静、彭应兵`, `总策划：吴齐强`, `文字作者：王云娜 孙超`, `文/李明`,
 * `（作者：王明，系…）`). */
const CREDIT_LABEL_BODY = '(\\p{Script=Han}{0,4}(?:编辑|责编|编审|校对|摄像|摄影|策划|统筹|制作|脚本|作者|记者|通讯员|监制|审核|审读|审校|主编|设计|剪辑|配音|排版|美编|出品人?|制片人?|' +
  // …and the labels of the paper's own credit lines (`制图：`, `（参与采写：…）`, `执笔：`), of a
  // special's credits (`撰文：`, `视觉：`, `文案：`) and of a wire's translated story (`（译者：…/核稿：…）`).
  '制图|绘图|插图|漫画|海报|动画|采写|执笔|撰稿|撰文|文案|视觉|整理|翻译|译者|编译|核稿|审稿|采访)' +
  // A two-character label padded to the width of a longer one (`监 制：`, `审 读：`).
  `|总?(?:${['编辑', '责编', '校对', '摄影', '策划', '统筹', '制作', '监制', '审核', '审读', '审校', '主编', '设计', '剪辑', '美编'].map(([a, b]) => `${a}[ \\u3000]+${b}`).join('|')})` +
  // `文/图 王明`: text and pictures by the names after the space.
  '|文[/／]图|图[/／]文|文|图|文字|图片|视频|文图|图文)(?:\\s*[:：/／]|(?<=[图文])(?<=[/／]\\p{Script=Han})[ \\u3000]+)';
// …after a line's or a bracket's start, a space or a bar, or the slash closing an earlier credit
// (`（译者：杨惟敬/核稿：蔡佳敏）`; not the 图 of `文/图`).
export const CREDIT_LABEL = new RegExp(`(?<=^|[\\s(（【[|｜]|(?<![文图])[/／])${CREDIT_LABEL_BODY}`, 'gu');
/** A credit label with its colon, read where it stands (`总监制：`, `审 读：`). */
export const CREDIT_LABEL_AT = new RegExp(CREDIT_LABEL_BODY, 'uy');
/** What may stand between a credit label and the name: earlier names and their separators. */
export const CREDIT_NAMES = /^\s*(?:\p{Script=Han}{2,4}[\s、，,|｜/／]+)*$/u;
/** A word right after a name-like string that makes it part of a place, an organisation or a doctrine name
 * (雷锋派出所, 王台街道, 雷锋精神). */
export const PART_OF_NAME = /^(?:新区|开发区|高新区|自治|主义|思想|理论|派出所|街道|社区|公司|集团|大学|学院|中学|小学|医院|银行|分局|支队|大队|中队|精神|纪念|路|街|巷|村|镇|乡|县|市|区|省|州|局|厅|站|馆|园|楼|桥|山|河|湖|江|港)/;

export function partOfName(folded: string, end: number): boolean {
  // A post after the name is no place's or body's name (李景田局长, not a 田局).
  return PART_OF_NAME.test(folded.slice(end, end + 3)) && !POST_AFTER_NAME.test(folded.slice(end, end + 5));
}

/**
 * Short names news gives foreign ruling and communist parties, opening a member's post as 中共 does
 * (`越共中央政治局委员`). A closed set; read in Xinhua reports held in public repositories: 越共
 * (`越共中央政治局委员、中央书记处常务书记…陈国旺`, a state-visit report), 古共 (`古共中央第一书记、古巴国家
 * 主席迪亚斯－卡内尔`), 老挝党 (`老挝党中央政治局委员、政府常务副总理沙伦赛`, an expo's announcement);
 * 老挝人革党 and its head 人革党 (the Lao People's Revolutionary Party, as the project's own blind check of
 * People's Daily texts writes it). Parties whose full name jieba keeps whole (朝鲜劳动党/nt) need no entry.
 */
export const FOREIGN_PARTY_SHORT = /^(?:越共|古共|老挝党|老挝人革党|人革党)$/;
/** Organisation heads: a token ending in one of these ends an organisation name. */
export const ORG_END = /(?:委员会|常委会|办公室|政府|中心|研究院|研究所|科学院|检察院|法院|医院|学院|大学|中学|小学|学校|公司|集团|银行|协会|学会|商会|联合会|基金会|工会|理事会|研究会|促进会|派出所|分局|总局|总队|支队|大队|中队|电视台|报社|通讯社|局|厅|部|委|办|署|院|所|队)$/;
/** Where an organisation chain may start without any proper name in it (`省公安厅`). */
export const ADMIN_START = /^(?:省|市|县|区|州|国家|中央|中共|全国|国务院)/;
export const TITLE_TAGS = new Set(['n', 'nt', 'ns', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'b', 'vn', 'x', 'ng', 'l']);
/** Words that qualify a post and jieba tags as verbs (`联合创始人`, `驻华参赞`, `执行主席`). */
export const POST_MODIFIER = /^(?:中方|外方|联合|执行|非执行|独立|最高|常务|首席|驻华|驻|特聘|名誉|荣誉|资深|高级|兼职|专职|特约|实习|见习|代理|候补|退休|离休|退役|退伍)$/;
export const FUNCTION_WORDS = /^(?:的|在|是|和|与|及|了|对|将|由|向|从|为|把|被|等|并|也|又|就|还|都|而|或|以|于|据|经|但|却|即|则|该|其|此|另|各|每|仅|亦|且|若)$/;

/** Administrative suffixes: a place tagged ns that ends with one of these is surely a place. */
export const PLACE_SUFFIX = /(?:省|市|县|区|州|镇|乡|村|旗|盟|自治区|自治州|新区|林区)$/;
/** Common words jieba's dictionary tags `ns` (a property of the dictionary, not of any text). */
export const NOT_PLACES = new Set(
  ('城市 治安 治国 古城 上门 普及 喜庆 延时 英雄 青春 美丽 大国 两国 深度 加盟 高原 福利 大海 海关 太阳 新建 山林 朝廷 ' +
    '远古 冰川 惠及 安顿 大桥 花海 池塘 新旧 广角 太极 山村 大湖 长寿 永乐 朝霞 海湾 桥头堡 多维度 中美合作 加大力度 ' +
    '即将来临 特大城市 中断').split(' '),
);


/** A word the HMM built from a preposition and the next character (从定, 在定, 而涉). */
export function gluedFunction(w: string, tag: string): boolean {
  return tag === 'x' && /^[从在到向由对为把被和与及而将]/.test(w);
}

export function overlaps(mask: Uint8Array, s: { start: number; end: number }): boolean {
  return mask.subarray(s.start, s.end).some((x) => x === 1);
}
