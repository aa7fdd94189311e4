/*
 * Words that name a kind of body, a rank or a kind of area rather than one body (`美国公司`,
 * `网约车公司`, `开发区`): the head rules, the name test and the company rules all turn them away.
 */


/** A count of bodies before their kind (多家, 几所, 三个, 许多). */
export const QUANTIFIER = /^(?:多|几|数|若干|余|[两三四五六七八九十百千万\d０-９]+[余多]?)[家所个座支]$|^(?:许多|不少|诸多|这些|那些|各个|各家|各所)$/;

/** Ranks a facility or a programme is given (省级, 国家级重点): what follows is a designation. */
export const RANK = /^(?:国家级|省级|市级|县级|区级|部级|省部级|校级|院级|世界级|国际级)(?:重点)?$/;

/** `美国公司`, `中国企业`: a country and a company word are companies of that country, no name. */
// (中国博物馆, 美国图书馆: museums, libraries and schools of a country as a class; the named national
// ones carry a word more, 中国国家博物馆, 中国科技馆, 中国美术馆.)
// (外国队, 外地队: a side from abroad or from elsewhere is a kind of side, no name.)
export const GENERIC_FOREIGN = /^(?:中国|美国|日本|韩国|英国|法国|德国|俄罗斯|欧洲|外国|国外|境外|海外|跨国|国内|外资|中资|民营|国有)(?:大|小|中小)?(?:公司|企业|银行|集团|大学|高校|医院|机构|博物馆|图书馆|学校)$|^(?:外国|国外|境外|海外|外省|外地)队$/;

/** Kinds of area jieba tags as places (山区/ns 中学): they say where a body is, not which one it is. */
export const GENERIC_AREA = /^(?:山区|农村|城区|郊区|边远|偏远|贫困|沿海|内地|边疆|牧区|林区|矿区|库区|老区|灾区|景区|城乡|乡村|城镇|海外|境外|国外|异地|本地|外地|当地)$/;

/** Zones and parts of towns named by kind, not by place (开发区, 保护区, 城区, 辖区). */
export const GENERIC_ZONE = /(?:开发|示范|自贸|保税|工业|风景|居民|住宅|保护|试验|产业|商业|核心|中心|灾|疫|辖|城|郊|园|景|片|社|街|校|厂|矿|林|牧|山|老|新|主|市|县|全|本|该|各|每)[区县]$/;

/** What a single word jieba tagged as a body's name may hold before its head and still be a kind,
 * not a name (党和政府/nt, 商业银行/nt, 民办学校/nt, 广播公司/nt, 商业中心/nt). */
export const GENERIC_BEFORE_HEAD = new RegExp(
  '^(?:' + ['党和', '商业', '广播', '民办', '公办', '私立', '公立', '国有', '民营', '地方', '基层', '农村', '城市', '社区', '综合', '专科', '职业',
    '普通', '重点', '高等', '高级', '外资', '合资', '独资', '股份制', '投资', '开发', '储蓄', '电视', '出版', '新闻', '科研', '医疗', '卫生', '金融',
    '保险', '证券', '信托', '上市', '控股', '物资', '贸易', '交易', '服务', '培训', '管理', '文化', '体育', '艺术', '科技', '研究', '教育'].join('|') + ')$',
);

/** A trade and a company word (`网约车公司`, `快递公司`): a kind of company, no name. */
export const COMPANY_KIND = new RegExp(
  '^(?:' + ['上市', '网约车', '快递', '物业', '保险', '科技', '互联网', '房地产', '地产', '物流', '数据', '投资', '空壳', '皮包', '中介', '咨询', '广告',
    '装修', '家政', '外卖', '电商', '平台', '运营', '出租车', '信托', '证券', '基金', '担保', '小贷', '贷款', '网贷', '金融', '电信', '运营商',
    '航空', '建筑', '施工', '劳务', '安保', '保安', '旅游', '游戏', '影视', '传媒', '医药', '制药', '能源', '汽车', '软件', '芯片', '半导体',
    '资管', '公募', '私募', '券商', '第三方', '子', '母', '关联', '合作', '涉事', '相关', '一家', '两家', '多家', '医疗', '教育', '文化', '农业', '零售', '餐饮', '酒店', '服装', '钢铁',
    '化工', '电力', '煤炭', '石油', '矿业', '食品', '商贸', '贸易', '外贸', '民营', '国有', '私营', '中小', '龙头', '头部', '大型', '小型', '网络',
    '手机', '新能源', '电动车', '造车', '直播', '社交', '外包', '设计', '工程', '建设', '开发', '供电', '燃气', '水务', '公交', '客运', '货运',
    '船舶', '航运', '租赁', '餐饮', '药品', '器械', '生物', '科研', '国际', '跨国', '本土', '外资', '中资', '港资', '台资', '央企', '国企', '民企'].join('|') + ')(?:公司|集团|企业)$',
);
