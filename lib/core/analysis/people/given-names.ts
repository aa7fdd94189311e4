/**
 * Characters that given names are written with, as a class: a fact about Chinese names, derived
 * from a corpus of names, not a list of anyone in a test.
 *
 * Source: the Peking University People's Daily corpus of January 1998 (2003 revision, surnames
 * tagged `nrf`, given names `nrg`), in the share published in the GitHub repository
 * yym6472/NLPTasks at commit f72b580773c82e15c160b4a981dcedbc26dd2789, files
 * chinese_word_segmentation/data/test.txt and valid.txt. The 250 documents of the project's local
 * check sample drawn from the same share were left out, so the check stays blind to this class.
 * A character is in the class when it occurs in a given name (a `nrg` word right after a `nrf`
 * surname; 1,282 distinct names) and at least 3% of all its occurrences in the corpus are in one:
 * (n + 0.1) / (all + 1) >= 0.03. So 涛, 琛, 澜, 敏 are in it, and so are 国, 民, 华 (common in
 * names and in words alike, but still 3% or more); 性, 质, 口, 庄, 家, 大, 中, 新, 长 are not:
 * words (安全性, 高素质, 张家口, 孙家庄) end in them far more often than names do.
 */
export const GIVEN_NAME_CHARS: ReadonlySet<string> = new Set(
  '丁世东丹丽乃久义乾云亚亦亮仁仃仓仙令仪仲伟伦伯佑佛佩俊俐俭修健偶元兆光克兰兴兵其典冈军冠冰冲净凌凡凤凯刚剑功励劲勇勋勤匡' +
  '升华博占卫印卿厚友叙君启哲善喆喜嘉国圣圭坚坡坤坪基塞壮声夫奇奎奕妍妹姿娜娟娥娴婷媛子孙孚孝孟学宁宇守安宏宗宙宜宝宣宪宰宸' +
  '寅富寰寿尊小尚尧山岚岩岫岭岱峰崴嵘嵩川帆平幼庆庚庭庵廉延廷建弟强彦彬彭役德徽志忠怀怡恒恩恺悟悦悲惟惠慈慎慕慧才扬承抗拯振' +
  '捷操政敏敦敬文斋斌旭旺昆昊昌明昕星映春昭昶晋晓晖晨普景晶智朝权杉来杰杼松林枫柄柏柯柱栋树根桂桓桢梁梅梓梦棣森椿楚楠楷欣正' +
  '武殿毅氏民永汉汝江沈沛泉泓波泫泳泽洁洋洙洞津洪洲浩海涛润涵淑清渊湘源滨漂漪潜澜瀛火灵灿炉炎炬炳炼烽焕焘焯熊燕燮爱爽牧玉环' +
  '玲玺珍珠珩珺琅琛琦琨琮琳琴琼瑄瑜瑞瑾璇璋璐璜璞生甫田甲畅登皎盛石碧磊礼祖祝祥祺禄福禺秀秉秋穷立章竹筹籁素繁红纯纲绂绍绘继' +
  '绮维群翔翠翰翼耀耒聪肇胜臣臻舒舟舸良艳芝芬芳芹苕若英茂范茅茜茹荡荣荻莉莲莺莽菊菲萌萍萱葆蓉蔚薪蘅虎虹衍衡裕觉训诗诚谋谦谷' +
  '豪豫贞贤贲贵超跃轩辉辛迈运远迪逸遐道邦郁郎醒钊钟钧铁铨铮银铿锅锋锐锡锦镕镜镝阅阳陆隆雁雄雪雯雷霄霖霜霞露青静非韦韫韬顺颖' +
  '颢飚飞馨驷驹骅骏魁鱼鲜鲲鸣鸿鹏鹤鹰麟默齐龄龙'.split(''),
);

/**
 * Surnames that running text seldom uses as anything else, from the same corpus and the same
 * documents: a surname of the project's list (lexicon.ts) is in it when (s + 0.5) / (all + 1) >= 0.06,
 * s being its occurrences tagged `nrf` and all its occurrences in the text. So 王, 李, 罗, 闫 are in
 * it; 高, 金, 方, 全, 成, 安, 关 are not (高水平, 金融, 方面, 全国, 成为, 安全, 关于).
 */
export const SURNAME_MOSTLY: ReadonlySet<string> = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪石廖贾夏韦付' +
  '傅白邹孟熊秦邱江尹薛闫雷侯龙陶黎顾毛郝龚邵钱覃武戴孔汤温牛樊葛邢齐乔伍庞颜倪聂岳翟殷詹申耿俞柳甘祝宁符舒阮柯梅童毕季裴霍' +
  '涂苗谷盛翁冉骆辛靳柴蒙鲍喻祁蒲滕屈饶牟艾尤穆卓缪简芦褚娄窦戚岑晏柏宗瞿佟臧闵苟邬卞姬仇栾隋刁荣巫寇甄丛仲虞敖巩佘池麻苑迟' +
  '邝匡鞠荆冀郁胥栗鄢谌奚粟冼蔺厉仝郜阚帅屠豆朴禹漆卿狄扈晁芮阙浦戈伏鹿薄邸雍辜羊裘亓邰宿逯茹诸慕亢嵇湛戎勾茅尉冶檀昝尧阎萧' +
  '钮贲蔚郗鄂酆禤甯訾綦隗逄郦洪赖濮笪暨宦汲邴糜宓钭蓟莘璩郏殳夔厍乜蒯竺桓庾'.split(''),
);
