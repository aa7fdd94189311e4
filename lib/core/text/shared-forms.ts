/**
 * Simplified forms that Big5 also holds (余, 干, 后, 台, 只 …): machine-converted /BIG5/ pages
 * keep them, so they say nothing about the script. Derived from OpenCC's character table and the
 * Encoding Standard's big5 decoder; tests/core/script.test.ts derives it again and compares.
 */
export const SHARED_SIMPLIFIED_FORMS =
  '万与丑丰么于云仆价优伙体余佛佣俊修僵儿克党冢冬凄准凌几凶出划刮制千升卜占即卷厂厘只台吁吃合吊同后向吨听呆周咨咸咽哄唇喂噪回困圣坏埼复夸奸姜娘宁家尸局岩岭岳峰巨布帘席干并幸庄床庵异弦彩征御忏志念怀怜恒恤惊愈愿戚扇才扎扑托扣扰折抬抵拐拼挂挨挲挽捆捍据搜教斗旋旗既昆晒暗曲札朱朴机杆杠杯杰松板极构柜查栖栗核梁棋棱欲气污沄沈沾泄泛泞注洁洒洼涂涌淀游溪溯漓灶炖熏狸玩璇瓮症痒痴皂真矩确离私秋种秘筑篱粽糊糖系累网羡群肮肴胄胜胡腊腌膻致舍芸苔苹范茧荐蒏蒙蓑蔂蔑虫虮虱蚕蚝蜡蝎表触谷赶跖踊辟适逾郁酸采里雇雕霉面飧';
