/**
 * Word lists for the figures extractor (guidelines §1, §5.1; patterns.md §1.3, §1.4, §1.14).
 *
 * Everything here is written ONCE, in Simplified: the extractor matches on
 * `normalizeForMatching(text)` (normalize.ts), which folds Traditional
 * characters (`萬 個 條 項 輛 場 戶 臺`) onto these entries without moving any offset.
 * Entries are generic news vocabulary; none exists to match one particular article.
 */

/**
 * What a unit says about the number before it.
 * - classifier: measure word of a count (`名 家 个 人次`)
 * - noun: a noun used as its own classifier (`3部门 4县区 2市 5方面`, §5.1)
 * - time: a duration (`24小时 3年 半个月`)
 * - age: ages and anniversaries (`68岁 10周年`, §5.1)
 * - money: a currency (`元 美元`); magnitudes before it (`亿元`) go into the value
 * - physical: a physical unit (`公里 吨 亩 千瓦时`)
 * - percent / permille: `%` `‰`
 * - pp: percentage points (`个百分点`), kept apart from percent (patterns §1.6)
 * - tenths: `成` (六成 = 60 %); discount: `折` (八折 = pay 80 %)
 * - multiple: `倍`
 * - big: `大` in counts like `三大主导产业` (§5.1)
 */
export type UnitKind =
  | 'classifier'
  | 'noun'
  | 'time'
  | 'age'
  | 'money'
  | 'physical'
  | 'percent'
  | 'permille'
  | 'pp'
  | 'tenths'
  | 'discount'
  | 'multiple'
  | 'big';

export interface UnitInfo {
  kind: UnitKind;
  /** The unit reported in `FigureSpan.unit`, when it differs from the matched text. */
  norm?: string;
  /** `个多月`: the unit carries an approximator (`多` → more than). */
  approx?: 'gt';
  /** `个半月`: the unit carries a half (`一个半月` = 1.5 months). */
  half?: boolean;
}

const CLASSIFIERS = `名 家 个 条 支 人 位 辆 台 场 起 项 件 笔 类 级 轮 户 所 座 批 架 艘 款 套 份 种 部 篇 期
  处 栋 幢 间 张 本 头 只 株 棵 颗 片 块 宗 例 次 遍 趟 回 枚 根 首 册 卷 页 层 道 把 盏 列 节 门 堂 单 票
  双 组 队 届 粒 瓶 袋 包 盒 罐 杯 碗 盘 幅 集 句 段 字 样 扇 尊 档 圈 口 滴 顿 茬 拨 届次
  人次 辆次 台次 架次 场次 批次 户次 件次 班次 航次 车次 趟次 轮次 期次 人份 分 点 基点 个基点`;

const NOUN_CLASSIFIERS = `部门 方面 领域 县区 县市区 市州 地市 省市 省区 省区市 区县 乡镇 街道 社区 县 区 市 省 镇 乡 村 校`;

const PHYSICAL = `平方公里 平方千米 平方米 平米 立方米 立方 公里 千米 厘米 毫米 纳米 微米 米 公顷 亩 吨 公斤 千克 克 毫克
  微克 斤 毫升 升 千瓦时 千瓦 兆瓦 吉瓦 瓦 度 ℃ 摄氏度 海里 英里 标准箱 桶 马力 分贝 兆帕 千帕 千伏 伏 光年 赫兹 吨公里
  字节 千字节 兆字节 千卡 千焦 尺 寸 丈 公尺 英尺 英寸`;

/**
 * Latin unit symbols written right after the digits (`175cm`, `800km`, `37.3°C`). Case is
 * kept (`MW` is megawatts, `mW` milliwatts); one letter alone (`g`, `t`, `L`) is left out, as
 * it is too often a label (`5G`, `4t`). A letter after the symbol makes it a word: refused.
 */
const LATIN_PHYSICAL = `km/h km cm mm nm μm m² m³ m kg mg μg ml mL kW kWh MW MWh GW GWh TWh kV mAh Hz kHz MHz GHz dB kPa MPa
  kcal TB GB MB KB`;
const LATIN_NORM: Readonly<Record<string, string>> = { '°C': '℃', '℃': '℃', '°F': '℉', '℉': '℉' };

/** The Latin unit symbols, for telling `175cm` (a figure) from a code such as `C919` or `5G`. */
export const LATIN_UNITS: ReadonlySet<string> = new Set(words(LATIN_PHYSICAL));

const CURRENCIES = `元 美元 欧元 日元 英镑 港元 港币 澳元 加元 卢布 韩元 美金 新台币 台币 法郎 瑞郎`;

const TIME = `年 小时 钟头 天 周 星期 个月 个小时 个星期 个钟头 个工作日 个交易日 个季度 个学期 学期 个年头 个赛季 赛季
  分钟 秒 秒钟`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

function buildUnits(): Map<string, UnitInfo> {
  const map = new Map<string, UnitInfo>();
  for (const w of words(CLASSIFIERS)) map.set(w, { kind: 'classifier' });
  for (const w of words(NOUN_CLASSIFIERS)) map.set(w, { kind: 'noun' });
  for (const w of words(PHYSICAL)) map.set(w, { kind: 'physical' });
  for (const w of words(LATIN_PHYSICAL)) map.set(w, { kind: 'physical' });
  for (const [w, norm] of Object.entries(LATIN_NORM)) map.set(w, { kind: 'physical', norm });
  for (const w of words(CURRENCIES)) map.set(w, { kind: 'money' });
  map.set('块钱', { kind: 'money', norm: '元' });
  for (const w of words(TIME)) map.set(w, { kind: 'time' });
  // `一个多月`, `两个半小时`: the approximator / half sits between 个 and the time noun.
  for (const noun of ['月', '小时', '星期', '钟头']) {
    map.set(`个多${noun}`, { kind: 'time', norm: `个${noun}`, approx: 'gt' });
    map.set(`个半${noun}`, { kind: 'time', norm: `个${noun}`, half: true });
  }
  map.set('岁', { kind: 'age' });
  map.set('周岁', { kind: 'age' });
  map.set('周年', { kind: 'age' });
  map.set('%', { kind: 'percent' });
  map.set('‰', { kind: 'permille' });
  map.set('个百分点', { kind: 'pp', norm: 'pp' });
  map.set('百分点', { kind: 'pp', norm: 'pp' });
  map.set('成', { kind: 'tenths', norm: '%' });
  map.set('折', { kind: 'discount', norm: '%' });
  map.set('倍', { kind: 'multiple' });
  map.set('大', { kind: 'big' });
  return map;
}

export const UNITS: ReadonlyMap<string, UnitInfo> = buildUnits();

/**
 * A unit character that starts a longer ordinary word is not a unit: `超过3亿人口` keeps `人口`
 * outside (§5.1), `3年代`, `两条件`, `五成为`. Checked as unit + the next character(s).
 */
export const UNIT_BLOCKERS: ReadonlySet<string> = new Set(
  words(`
  人口 人员 人民 人才 人类 人群 人们 人士 人生 人工 人心 人文 人物 人力 人性 人格 人家 人间 人数 人均 人身 人情
  人气 人权 人大 人选 人造 人为 人手 人事 人体 人像 人居 人社
  名单 名称 名义 名字 名片 名额 名牌 名校 名人 名城 名誉 名次 名录 名胜 名著 名家 名言 名师 名医 名优 名副 名下
  家庭 家乡 家属 家长 家园 家具 家电 家人 家族 家务 家门 家里 家中 家用 家政 家境 家风 家教 家禽 家畜 家居 家底
  家书 家训 家国 家宴
  个体 个性 个别 个案 个税 个子
  条件 条例 条款 条约 条幅 条码 条理 条文 条规 条线
  支持 支付 支出 支撑 支援 支部 支柱 支行 支队 支线 支点 支农 支教 支医
  位置 位于 位居 位列 位数
  台湾 台阶 台风 台账 台词 台上 台下 台前 台面 台州
  场所 场景 场地 场馆 场合 场面 场域 场内 场外 场上
  起来 起步 起点 起源 起草 起诉 起飞 起码 起到 起始 起航 起伏 起因 起身 起用 起居
  项目
  笔者 笔记 笔墨 笔试 笔画
  类似 类型 类别 类推
  级别
  轮换 轮流 轮值 轮胎 轮岗 轮廓 轮船 轮椅 轮作 轮休 轮训
  户口 户籍 户外 户型 户主 户头 户均
  所有 所得 所在 所属 所谓 所以 所需 所长 所处 所致 所示 所述 所提 所做 所作
  座谈 座位 座椅 座次
  批准 批复 批评 批示 批发 批量 批判 批阅
  架构 架子 架设
  款项 款式
  套餐 套路 套取 套装 套现 套用
  份额 份子
  种植 种子 种类 种养 种业 种草 种地 种族 种苗 种粮
  部署 部分 部长 部队 部位 部件 部委 部属 部落
  篇章 篇幅
  期间 期限 期待 期望 期盼 期刊 期末 期货 期权 期满 期许
  处理 处置 处罚 处分 处于 处在 处长 处室 处境 处级 处事
  间隔 间接 间距 间隙
  张贴 张扬 张开 张家
  本地 本身 本人 本次 本届 本年 本科 本着 本质 本市 本省 本月 本周 本土 本领 本金 本部 本轮 本期 本色 本源
  头部 头等 头条 头脑 头发 头像 头盔 头雁
  只是 只有 只要 只能 只会 只需 只好 只得
  颗粒 片区 片面 片刻 片段 片子 宗教 宗旨 宗族 例如 例子 例外 例行
  次日 次数 次要 次年 次生 次序 次级 次品 次均
  回来 回到 回应 回归 回升 回落 回复 回顾 回答 回收 回报 回头 回家 回国 回乡 回迁 回流 回馈 回访 回暖 回购
  根据 根本 根源 根治 根基
  首都 首先 首次 首届 首批 首个 首位 首款 首家 首发 首创 首府 首要 首席 首长 首付 首选
  层次 层面 层级 层层
  道路 道理 道德 道歉 道教 道具 道口
  把握 把关 把手
  列车 列入 列为 列出 列举 列席
  节日 节约 节能 节点 节目 节奏 节假 节庆 节俭 节水 节电 节省 节气
  门店 门户 门槛 门口 门诊 门类 门票 门面 门窗 门前
  单位 单元 单独 单一 单身 单纯 单项 单体 单据 单品 单价 单产 单车 单向 单打
  票价 票房 票据 票数
  双方 双边 双向 双重 双赢 双层 双创 双减 双碳 双手 双语 双休
  组织 组成 组建 组合 组长 组团 组件 组装 队伍 队员 队长
  包括 包含 包装 包容 包干 包保 包联 包村 包片
  盘活 盘点 盘子 幅度
  集团 集中 集体 集聚 集成 集群 集市 集装 集约 集资 集结
  句话 段落 字号 字样 字体 字母 字幕 字典 样本 样品 样板 样式 样子 样态
  尊重 尊严 档案 档次 档期 圈子
  口岸 口号 口径 口罩 口味 口碑 口袋 口头 口述 口腔 口子
  元素 元旦 元宵 元首 元老 元年 元气 元件 元帅 元月 元代
  成为 成立 成功 成果 成本 成绩 成员 成交 成就 成长 成熟 成效 成型 成品 成都 成分 成规 成色 成年 成人 成材
  成才 成形 成群 成片 成批 成套 成网 成像 成真 成风 成家 成事 成败
  折扣 折腾 折射 折算 折旧 折合 折叠 折返 折中
  倍增 倍感 倍受 倍加
  分别 分类 分析 分布 分工 分配 分享 分子 分母 分局 分会 分行 分公司 分批 分期 分组 分级 分段 分区 分散 分离 分开
  分成 分为 分红 分流 分管 分担 分解 分头 分明 分歧 分外 分量
  点击 点亮 点燃 点赞 点位 点名 点评 点滴 点缀 点播 点燃 点对点 点面 点线 点餐
  尺度 尺寸 尺码 尺子 寸步 寸土 寸草 寸心 丈夫 丈量
  米饭 克服 克隆 克难 升级 升学 升温 升值 升高 升至 升降 升旗 升格 亩产 亩均 度过 度假 度量 瓦片 瓦房
  年代 年级 年度 年龄 年轻 年华 年货 年俗 年味 年会 年鉴 年报 年薪 年限 年终 年初 年底 年末
  天然 天气 天空 天下 天地 天使 天津 天才 天堂 天文 天价 天线 天天 天河
  周边 周围 周期 周到 周转 周末 周刊 周报 周密 周口
  秒杀 小时候 岁月 岁末 岁首
  区域 区块 区间 区位 区划 市场 市民 市委 市长 市级 市区 市内 市政 市值 市县
  县城 县委 县长 县级 县域 县里 省份 省委 省长 省级 省内 省外 省会
  镇党 村民 村委 村级 村庄 村里 村落 乡村 乡亲 乡土 乡愁 乡贤 乡里
  校园 校区 校长 校友 校企 校外 校内 校服
  方面军 部门化 领域内
  大会 大学 大型 大量 大小 大于 大多 大批 大幅 大概 大约 大家 大都 大众 大力 大部 大局 大国 大关
  大事 大步 大多数 大半
  `),
);

export type Approx = 'about' | 'gt' | 'lt';

/** Prefix approximators INSIDE the span (§1.1, §5.1; `不到 不足` per the project brief). Longest first. */
export const PREFIX_APPROX: readonly (readonly [string, Approx])[] = [
  // Bounds: `至少20人`, `不少于15家` (no fewer than) and `不超过`, `最多` (no more than).
  ['不少于', 'gt'],
  ['不低于', 'gt'],
  ['不小于', 'gt'],
  ['不超过', 'lt'],
  ['不高于', 'lt'],
  ['不多于', 'lt'],
  ['不大于', 'lt'],
  ['至少', 'gt'],
  ['最多', 'lt'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['大约', 'about'],
  ['约有', 'about'],
  ['超过', 'gt'],
  ['不到', 'lt'],
  ['不足', 'lt'],
  ['近', 'about'],
  ['约', 'about'],
  ['超', 'gt'],
  ['逾', 'gt'],
];

/**
 * Characters before a one-character prefix approximator that show it belongs to another word
 * (`最近` is "recently", `节约` "to save", `赶超` "to catch up").
 */
export const PREFIX_APPROX_BLOCKERS: ReadonlyMap<string, string> = new Map([
  ['近', '最附靠邻就亲贴临逼新晚'],
  ['约', '节制公条预签合契特邀赴相誓违履隐婉'],
  ['超', '赶高'],
  ['逾', ''],
]);

/** After the number, before a magnitude or unit: `450余名`, `十余万`, `20多年`, `十几万`, `3万来斤`. */
export const MID_APPROX: ReadonlyMap<string, Approx> = new Map([
  ['余', 'gt'],
  ['多', 'gt'],
  ['几', 'gt'],
  ['来', 'about'],
  ['许', 'about'],
]);

/** After the unit (§5.1): `30%左右`, `20%以上`, `65周岁及以上`, `5米以内`, `三年有余`, `二十出头`. Longest first. */
export const POST_APPROX: readonly (readonly [string, Approx])[] = [
  ['及以上', 'gt'],
  ['及以下', 'lt'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['以上', 'gt'],
  ['以下', 'lt'],
  ['以内', 'lt'],
  ['之内', 'lt'],
  ['有余', 'gt'],
  ['开外', 'gt'],
  ['出头', 'gt'],
];

/** `上下` is not an approximator in `上下游`, `上下班`… */
export const POST_APPROX_BLOCKERS: readonly string[] = words(
  '上下游 上下班 上下级 上下学 上下功夫 上下联动 上下贯通 上下车 上下文 以下简称 以上海',
);

/**
 * Vague prefixes before a magnitude (patterns §1.3): `上千名`, `数十支`, `几十万`, `过亿`. The strings
 * list characters that, right before the prefix, turn it into another word (`网上`, `人数`).
 */
export const VAGUE_PREFIX: ReadonlyMap<string, string> = new Map([
  ['上', '路马线网以之向往加跟赶比身手会晚早天地世墙台桌车楼山海水岸街场班面头北南至而迎登走爬考排摆送献附补配算用'],
  ['数', '人总次倍指分系函基少多无参变岁户件票位个天年台辆度点字页常乘整级算礼奇偶复单半虚实小负正质素有定招路套架场例株名家项条'],
  ['几', '这那哪没无'],
  // `过亿元`, `过万人`: "over"; not in `通过`, `不过`, `度过` (and never before 十: `经过十年`).
  ['过', '通不度越穿跨走路错难超'],
  ['逾', ''],
]);

/** `仅一家`, `只有一个`: a lone `一` is a count, not an article, after these (patterns §1.11). */
export const ONE_IS_COUNT_AFTER = ['仅有', '只有', '共有', '合计', '总计', '仅', '只', '共'];

/**
 * `一` + a time unit is a duration only in a duration frame: after a verb of lasting
 * (`生活一个月`, `仅用一年`) or before 来/内/多/半 (`一年来`, `一周内`). Elsewhere it is
 * indefinite or relative (`有一天`, `新的一年`, `在世一天`).
 */
export const ONE_TIME_VERBS = words('持续 历时 用了 用时 花了 仅用 只用 耗时 长达 为期 生活 工作 坚持 连续 整整 足足 满 达 过去 延长 缩短 提前 推迟');
export const ONE_TIME_AFTER = /^(?:来|以来|多|半|内|以内|之内|时间|左右)/;

/**
 * Lexicalised words and names containing numerals (patterns §1.14, guidelines §1.2 / §5.1).
 * Any numeral inside a match is not a figure.
 */
export const STOP_WORDS: readonly string[] = words(`
  一方 一系列 一抹 一道道 一旦 一下 一边 一起 一批 一场 一键 一流 一线 一体 一致 一定 一直 一些 一切 一般 一样
  一同 一律 一再 一度 一时 一向 一味 一举 一揽子 一以贯之 一盘棋 一站式 一把手 一对一 一窗 一件事 一次性 一手 一心
  一生 一路 一口气 一大批 一大早 一连串 一年一度 一年四季 一天到晚 一天天 一年年 一代代 一步步 一点点 一个个 一次次
  统一 逐一 进一步 下一步 之一 唯一 万一 合一 专一 单一 同一 划一 归一 不一 一一 其一
  四处 万家灯火 三位一体 五位一体 四位一体 五湖四海 三五成群 七上八下 一五一十 二手 十足 百姓 百货
  千方百计 千家万户 千军万马 千辛万苦 千篇一律 一成不变 千差万别 千丝万缕 万众一心 万无一失 成千上万 成百上千 千千万万 亿万
  万万 千百万 百家争鸣 百花齐放 五花八门 四面八方 三番五次 三令五申 三天两头 两手抓 三心二意 九死一生 九牛一毛
  十全十美 十万火急 四通八达 一日千里 百里挑一 半边天 半壁江山 万人空巷 千里迢迢 两袖清风 七嘴八舌 五颜六色
  一清二楚 一干二净 一举两得 两全其美 三言两语 接二连三 不三不四 乱七八糟 七零八落 十字 一字 二次 二元 两位数
  三位数 个位数 百年未有之大变局 百年大计 万元户 三期叠加 两点一线 十年磨一剑 三年五载 三天打鱼 一石二鸟 八段锦 半月谈 五年规划 五年计划
  三门峡 五台山 七台河 五家渠 六盘水 六盘山
`);

/**
 * Stop patterns that need context: `千年`/`百年` alone are "ancient"/"century-old" (`千年古城`)
 * but `近千年`, `上千年` are figures; `千万` is an adverb before 不/别/要; `十四五` labels a
 * five-year plan (§5.2) unless a unit follows (`十四五个` is a range).
 */
export const STOP_PATTERNS: readonly string[] = [
  '(?<![近约上数几余多0-9零〇一二两三四五六七八九十百千万亿])(?:千年|百年|万年|千里|万里)',
  '千万(?=[不别要莫])',
  // `十分重要` is "very"; `十分钟` is ten minutes.
  '十分(?!钟)',
  '十[一二三四五六七八九]五(?![年岁天个人名家条项次])',
  // `十四届全国人大二次会议`: the session number of a congress is an ordinal.
  '届[^，。；\\n]{0,8}?[一二三四五六七八九十]+次(?:全体)?会议',
];

/** Trend verbs (patterns §1.9). Longest first inside the regex built from them. */
export const UP_VERBS = words('增长 上升 提高 增加 上涨 提升 回升 攀升 扩大 上调 增 涨 升');
export const DOWN_VERBS = words('负增长 下降 减少 回落 收窄 下跌 降低 下滑 缩小 下调 缩减 降 减 跌');
export const YOY_MARKERS = words(
  '同比 比上年同期 较上年同期 比去年同期 较去年同期 比上年末 较上年末 比上年 较上年 比去年 较去年 与上年同期相比 与去年同期相比',
);
/** Adverbs allowed between the comparison and the verb (`比上年名义增长6.3%`). */
export const TREND_ADVERBS = words('分别 名义 实际 均 都 大幅 小幅 明显 稳步 持续 继续 进一步 累计 共');
export const MOM_MARKERS = words('环比 比上月 较上月 比上季度 较上季度');
