/**
 * Ordinary words that jieba's dictionary tags as a person's name (nr, nrt, nrfg): 宣言, 荣誉, 关怀, 明白,
 * 阳光. Right after a post or a role (`一份部长宣言`, `文联荣誉委员`) the dictionary's tag made them people.
 * A fact about the dictionary and the language, derived, not a list of anything in a test:
 *
 * - the words of two characters that jieba's default dictionary (dict.txt, the word list with its
 *   frequencies and tags that jieba and jieba-wasm ship) tags nr, nrt or nrfg with a frequency of 200 or
 *   more (702 words);
 * - of those, the ones the Peking University People's Daily corpus of January 1998 (the share described
 *   in given-names.ts, the same 250 check documents left out) writes at least once as a word of another
 *   class and never as a person's name or part of one (158 words);
 * - less the ones that still have a common name's shape (a surname of SURNAME_MOSTLY and a character of
 *   GIVEN_NAME_CHARS: 张扬, 陆军) or are written in a transliteration's characters (马克, 沙特): a name may
 *   be written so, and other rules decide there (124 words).
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set(
  ('明白 小姐 和尚 阳光 卫星 荣誉 古老 丘陵 言语 明星 光荣 权威 师傅 封锁 宣言 玉米 顾问 智慧 高峰 友谊 高潮 英勇 齐全 洪水 顾客 公正 凤凰 桂林 光辉 保健 红旗 子孙 ' +
  '宝贵 康复 沙滩 诸如 梅花 青青 吉祥 周转 元帅 雪山 双拥 老汉 高明 陈述 荣获 小康 老虎 体操 关怀 明珠 白宫 呼唤 布满 常德 养老 金刚 左翼 师生 小雨 崇高 容纳 卓越 ' +
  '祝贺 慈善 松树 纳粹 天王 满怀 桂花 麦子 金石 周密 宾客 孤儿 弘扬 崇尚 嘉兴 张贴 王宫 戈壁 小镇 田野 亚军 慕名 熊掌 仰天 廉政 立功 蓝图 养牛 灵敏 陈旧 高昂 高超 ' +
  '拓宽 大修 徐徐 敬仰 卫冕 施政 祥和 明朗 乔治 陶醉 阿姨 滑雪 奥秘 周全 敬佩 左传 边远 越冬 雷霆 恩人 从政 岳母 王后 晋级 静静 孙女 迎春 富翁').split(' '),
);
