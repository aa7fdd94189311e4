/**
 * Countries, regions and large foreign cities by the names Chinese news writes them with. Written
 * in sound characters, they have a transliterated name's shape, and jieba's dictionary tags several
 * of them as names (伊拉克/nrt, 卢森堡/nr, 莫斯科/nr): a word of this list is never a person.
 *
 * Countries and territories: the standard Chinese names, checked against the country list (with
 * calling codes) in the GitHub repository aoping/weex-ui-framework, file
 * src/constants/countiesWithNumbers.js, commit bb1b90e9403ff8dc2b59de50f991872faf7c453b (纳米比亚
 * there misspelt 纳米尼亚), plus former states news still names (南斯拉夫, 苏联) and the usual short
 * forms (波黑, 阿联酋). Cities: capitals and large cities as Xinhua writes them in datelines.
 */
const COUNTRIES =
  '阿尔巴尼亚 阿尔及利亚 阿富汗 阿根廷 阿联酋 阿拉伯联合酋长国 阿鲁巴 阿曼 阿塞拜疆 埃及 埃塞俄比亚 爱尔兰 爱沙尼亚 安道尔 安哥拉 安圭拉 ' +
  '安提瓜和巴布达 奥地利 澳大利亚 巴巴多斯 巴布亚新几内亚 巴哈马 巴基斯坦 巴拉圭 巴勒斯坦 巴林 巴拿马 巴西 白俄罗斯 百慕大 保加利亚 ' +
  '贝宁 比利时 冰岛 波多黎各 波黑 波斯尼亚和黑塞哥维那 波兰 玻利维亚 伯利兹 博茨瓦纳 不丹 布基纳法索 布隆迪 朝鲜 赤道几内亚 丹麦 ' +
  '多哥 多米尼加 多米尼克 俄罗斯 厄瓜多尔 厄立特里亚 梵蒂冈 菲律宾 斐济 芬兰 佛得角 冈比亚 刚果 哥伦比亚 哥斯达黎加 格林纳达 ' +
  '格陵兰 格鲁吉亚 古巴 圭亚那 哈萨克斯坦 海地 荷兰 洪都拉斯 基里巴斯 吉布提 吉尔吉斯斯坦 几内亚 几内亚比绍 加纳 加蓬 柬埔寨 ' +
  '捷克 斯洛伐克 津巴布韦 喀麦隆 卡塔尔 科摩罗 科特迪瓦 科威特 克罗地亚 肯尼亚 拉脱维亚 莱索托 老挝 黎巴嫩 立陶宛 利比里亚 ' +
  '利比亚 列支敦士登 卢森堡 卢旺达 罗马尼亚 马达加斯加 马尔代夫 马耳他 马拉维 马来西亚 马里 马绍尔群岛 毛里求斯 毛里塔尼亚 ' +
  '蒙古 孟加拉国 孟加拉 秘鲁 密克罗尼西亚 缅甸 摩尔多瓦 摩洛哥 摩纳哥 莫桑比克 墨西哥 纳米比亚 南非 瑙鲁 尼泊尔 尼加拉瓜 尼日尔 ' +
  '尼日利亚 挪威 帕劳 葡萄牙 马其顿 北马其顿 瑞典 瑞士 萨尔瓦多 萨摩亚 塞尔维亚 黑山 塞拉利昂 塞内加尔 塞浦路斯 塞舌尔 ' +
  '沙特阿拉伯 沙特 圣多美和普林西比 圣卢西亚 圣马力诺 斯里兰卡 斯洛文尼亚 斯威士兰 苏丹 南苏丹 苏里南 所罗门群岛 索马里 ' +
  '塔吉克斯坦 坦桑尼亚 汤加 特立尼达和多巴哥 突尼斯 图瓦卢 土耳其 土库曼斯坦 瓦努阿图 危地马拉 委内瑞拉 文莱 乌干达 乌克兰 ' +
  '乌拉圭 乌兹别克斯坦 西班牙 希腊 新加坡 新西兰 匈牙利 叙利亚 牙买加 亚美尼亚 也门 伊拉克 伊朗 以色列 意大利 印度 ' +
  '印度尼西亚 约旦 越南 赞比亚 乍得 直布罗陀 智利 中非 东帝汶 南斯拉夫 苏联 捷克斯洛伐克 阿布扎比 迪拜 科索沃 ' +
  '车臣 克里米亚 加泰罗尼亚 巴斯克 苏格兰 威尔士 阿尔萨斯 西伯利亚 阿拉斯加 夏威夷 加利福尼亚 佛罗里达 得克萨斯 ' +
  '阿拉伯 拉丁美洲 拉美 加勒比 非洲 欧洲 亚洲 美洲 大洋洲 ' +
  // Countries written with a meaning, which jieba may still tag as a name before 政府 (日本/nr 政府).
  '中国 美国 英国 法国 德国 日本 韩国 泰国 俄国 朝鲜 越南 蒙古 印度 美利坚 大不列颠 北爱尔兰 台湾 香港 澳门';
const CITIES =
  '莫斯科 华盛顿 纽约 洛杉矶 芝加哥 旧金山 休斯敦 费城 波士顿 西雅图 底特律 亚特兰大 迈阿密 檀香山 渥太华 多伦多 温哥华 蒙特利尔 ' +
  '墨西哥城 哈瓦那 巴西利亚 里约热内卢 圣保罗 布宜诺斯艾利斯 圣地亚哥 利马 加拉加斯 波哥大 基多 拉巴斯 蒙得维的亚 亚松森 ' +
  '伦敦 巴黎 柏林 罗马 马德里 里斯本 雅典 维也纳 布鲁塞尔 日内瓦 苏黎世 伯尔尼 海牙 阿姆斯特丹 哥本哈根 斯德哥尔摩 赫尔辛基 ' +
  '奥斯陆 雷克雅未克 都柏林 爱丁堡 曼彻斯特 利物浦 华沙 布拉格 布达佩斯 布加勒斯特 索非亚 贝尔格莱德 萨格勒布 卢布尔雅那 ' +
  '萨拉热窝 地拉那 斯科普里 基辅 明斯克 基希讷乌 维尔纽斯 里加 塔林 圣彼得堡 符拉迪沃斯托克 海参崴 新西伯利亚 慕尼黑 ' +
  '法兰克福 汉堡 波恩 科隆 米兰 威尼斯 佛罗伦萨 那不勒斯 巴塞罗那 马赛 里昂 斯特拉斯堡 伊斯坦布尔 安卡拉 ' +
  '阿斯塔纳 阿拉木图 塔什干 比什凯克 杜尚别 阿什哈巴德 巴库 第比利斯 埃里温 德黑兰 巴格达 巴士拉 大马士革 贝鲁特 安曼 ' +
  '耶路撒冷 特拉维夫 加沙 利雅得 吉达 麦加 麦地那 多哈 麦纳麦 马斯喀特 萨那 亚丁 开罗 的黎波里 突尼斯 阿尔及尔 拉巴特 ' +
  '卡萨布兰卡 喀土穆 亚的斯亚贝巴 内罗毕 达累斯萨拉姆 坎帕拉 基加利 金沙萨 布拉柴维尔 罗安达 哈拉雷 卢萨卡 比勒陀利亚 ' +
  '约翰内斯堡 开普敦 拉各斯 阿布贾 阿克拉 达喀尔 阿比让 喀布尔 伊斯兰堡 卡拉奇 拉合尔 新德里 孟买 加尔各答 加德满都 ' +
  '达卡 科伦坡 马累 仰光 内比都 曼谷 万象 金边 河内 胡志明市 吉隆坡 雅加达 马尼拉 斯里巴加湾 帝力 首尔 平壤 釜山 ' +
  '东京 大阪 横滨 名古屋 京都 冲绳 堪培拉 悉尼 墨尔本 惠灵顿 奥克兰 苏瓦';

/** The names above, as one set. */
export const FOREIGN_PLACES: ReadonlySet<string> = new Set(`${COUNTRIES} ${CITIES}`.split(' '));
