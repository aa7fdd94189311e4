/**
 * Idioms and set phrases that look like numbered formulations or get quoted as metaphors
 * (guidelines §3.2: scare quotes, idioms; patterns §2.4). A quoted string in this list is never a
 * program on its own shape; it can still be one with a head noun. Examples from real text:
 * `构建“三足鼎立”的创新平台`, `解决了“燃眉之急”`, `避免“两张皮”`, `不搞“一刀切”`.
 */
const NUMERAL_IDIOMS = `
一心一意 一模一样 一朝一夕 一草一木 一点一滴 一言一行 一举一动 一生一世 一针一线 一砖一瓦 一丝一毫
一五一十 一干二净 一清二楚 一穷二白 一石二鸟 一举两得 一箭双雕 一分为二 一日千里 一诺千金 一本万利
一呼百应 一言九鼎 一刀切 一言堂 一把手 一盘棋 一阵风 一条龙 一站式 一锅端 一窝蜂 一阵子 一家亲
两张皮 两全其美 两袖清风 两面三刀 两手空空 双赢 双输 多赢 共赢
三心二意 三番五次 三令五申 三五成群 三足鼎立 三头六臂 三顾茅庐 三思而行 三言两语 三天两头 三长两短
三分钟热度 三驾马车 三板斧 三角债
四面八方 四平八稳 四通八达 四分五裂 四海为家 四梁八柱
五湖四海 五花八门 五光十色 五颜六色 五体投地 六神无主 七上八下 七嘴八舌 七零八落 八面玲珑 八仙过海
九牛一毛 九死一生 九霄云外 十全十美 十拿九稳 十万火急 十指连心 十年磨一剑
百花齐放 百家争鸣 百折不挠 百尺竿头 百闻不如一见 百年大计 百废待兴 百里挑一 百依百顺 百发百中 百战百胜
千方百计 千家万户 千军万马 千辛万苦 千变万化 千差万别 千丝万缕 千载难逢 千钧一发 千锤百炼 千头万绪
千姿百态 千山万水 万无一失 万众一心 万紫千红 万象更新 万家灯火 万马奔腾 万古长青
`;

/** Idioms without numerals that PD puts in quotes as emphasis. */
const OTHER_IDIOMS = `
燃眉之急 雪中送炭 锦上添花 画龙点睛 破冰之旅 定心丸 强心剂 催化剂 压舱石 主心骨 顶梁柱 领头雁 排头兵
试验田 金钥匙 敲门砖 拦路虎 绊脚石 硬骨头 牛鼻子 指挥棒 风向标 晴雨表 助推器 加速器 稳定器 蓄水池
店小二 娘家人 贴心人 守门人 摆渡人 护航员 老大难 卡脖子 最后一公里 最后一米
`;

const words = (block: string) => block.split(/\s+/).filter(Boolean);

export const IDIOMS: ReadonlySet<string> = new Set([...words(NUMERAL_IDIOMS), ...words(OTHER_IDIOMS)]);
