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
    '尉冶檀衣展昝智幸奉衡富尧闭习信').split(''),
);
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '端木', '轩辕', '呼延', '澹台', '申屠', '西门'];

/** Characters that never occur inside a name in running text: particles, pronouns, numerals. */
export const NOT_IN_NAME = /[的了是在和与及或这那其之为也都就还不没很最更么吗呢吧啊着过把被让从向对将于等个年月日时分第二三四五六七八九十百千万亿我你他她它们说]/;
/** A last character that makes a word a place or an office, not a given name (陆港区). */
export const NOT_NAME_END = /[区市县省镇乡村路街港局厅所院部处站馆]$/;

/** Posts and roles that introduce a name: `…厅长王一鸥`, `民警彭铁军`, `记者邹伟`. */
export const POST =
  '(?:总书记|书记|常委|委员|主任|主席|总理|总统|首相|议员|部长|(?<![增成延擅生助漫见拉特专消伸])长|' +
  '民警|辅警|警官|交警|特警|记者|通讯员|编辑|主编|教授|副教授|讲师|教师|老师|研究员|院士|专家|学者|' +
  '博士|医生|医师|护士|总监|经理|总裁|董事|主管|干部|代表|秘书|发言人|负责人|工程师|设计师|律师|法官|检察官|' +
  '大使|参赞|领事|政委|司令员|指导员|社工|网格员|志愿者|党员|村民|居民|市民|游客|农民|工人|员工|职工|师傅|' +
  '学生|同学|毕业生|创始人|合伙人|主持人|教练|运动员|队员|支书|作家|导演|演员|企业家|科学家|艺术家)';
export const POST_AT_END = new RegExp(`${POST}$`);
/** Honorifics that follow a name (`习近平总书记`, `王某同志`): a post or one of these. */
export const AFTER_NAME = new RegExp(`^(?:${POST}|同志|先生|女士|老人|大爷|大妈|阿姨)`);

export const SPEECH = '(?:表示|说|介绍|指出|强调|告诉|认为|称|谈到|坦言|回忆|解释|透露|答道|提到|感慨|建议|分析|直言|坦承|补充|总结|呼吁|提醒|说明|证实|笑着|答)';
export const SPEECH_AT_START = new RegExp(`^${SPEECH}`);
/** `…厅长王一鸥表示`: a post, a 2–3 character name, a speech verb. Finds names jieba cut wrongly
 * (所/长安/志 for 所长安志, 周赛/保 for 周赛保). */
export const POST_NAME_SPEECH = new RegExp(`${POST}(\\p{Script=Han}{2,3}?)(?=${SPEECH}|、)`, 'gu');
/** A photo caption names people with their position: `彭铁军(左前)`, `杨锦（右一）`. */
export const CAPTION_POSITION = /^[(（][左右中前后一二三四五六七八九排起]{1,4}[)）]/;
/** A credit line up to a name: a role label opening the line, a colon, maybe earlier names
 * (`责编：李淑静、彭应兵`, `总策划：吴齐强`, `文字作者：王云娜 孙超`). */
export const CREDIT_LINE = /^[\s(（【[]*(\p{Script=Han}{0,4}(?:编辑|责编|编审|校对|摄像|摄影|策划|统筹|制作|脚本|作者|记者|通讯员|监制|审核|主编|设计|剪辑|配音))\s*[:：]\s*(?:\p{Script=Han}{2,4}[\s、，,]+)*$/u;
/** A word right after a name-like string that makes it part of a place or organisation name
 * (雷锋派出所, 王台街道, 雷锋精神). */
export const PART_OF_NAME = /^(?:派出所|街道|社区|公司|集团|大学|学院|中学|小学|医院|银行|分局|支队|大队|中队|精神|纪念|路|街|巷|村|镇|乡|县|市|区|省|州|局|厅|站|馆|园|楼|桥|山|河|湖|江|港)/;

export function partOfName(folded: string, end: number): boolean {
  return PART_OF_NAME.test(folded.slice(end, end + 3));
}

/** Organisation heads: a token ending in one of these ends an organisation name. */
export const ORG_END = /(?:委员会|常委会|办公室|政府|中心|研究院|研究所|科学院|检察院|法院|医院|学院|大学|中学|小学|学校|公司|集团|银行|协会|学会|商会|联合会|基金会|工会|理事会|研究会|促进会|派出所|分局|总局|总队|支队|大队|中队|电视台|报社|通讯社|局|厅|部|委|办|署|院|所|队)$/;
/** Common nouns that end like an organisation (格局, 干部, 西部, 场所, 客厅, 团队). */
export const NOT_ORG_END = /(?:格局|布局|大局|结局|当局|时局|全局|开局|干部|全部|内部|外部|局部|总部|[东西南北中]部|场所|厕所|住所|处所|客厅|餐厅|大厅|展厅|门厅|团队|部队|军队|梯队|排队|庭院|寺院|书院|剧院|影院)$/;
/** Where an organisation chain may start without any proper name in it (`省公安厅`). */
export const ADMIN_START = /^(?:省|市|县|区|州|国家|中央|中共|全国|国务院)/;
export const PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'x', 'j']);
export const TITLE_TAGS = new Set(['n', 'nt', 'ns', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'b', 'vn', 'x', 'ng']);
export const FUNCTION_WORDS = /^(?:的|在|是|和|与|及|了|对|将|由|向|从|为|把|被|等|并|也|又|就|还|都|而|或|以|于|据|经)$/;

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
