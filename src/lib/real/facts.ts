/**
 * Every figure and fact of S1 (see ../shared/FACTS.md), exactly as published: the number as
 * printed, its unit as printed, its qualifier (约/多/以上) and the source's Chinese words.
 * Qualitative facts have no value. Ids are stable: add new facts at the end.
 */
import type { CountyFact } from '../../schemas/index.ts';
import { S1 } from './records.ts';

const COUNTY = '530721';
const LABAZHI = '530721102211';
const TAIPING = '530721206203';
const LIMING = '530721205';

type Fact = Omit<CountyFact, 'id' | 'source_id' | 'value' | 'unit' | 'qualifier' | 'approximate' | 'period' | 'note'> &
  Partial<Pick<CountyFact, 'value' | 'unit' | 'qualifier' | 'approximate' | 'period' | 'note'>>;

const facts: Fact[] = [
  // ---- county
  { scope_code: COUNTY, topic: 'admin', label_zh: '乡镇级单位数', label_en: 'Township-level units', value: '16', unit: '个', quote: '16个乡镇', note: '与官方名录(GEO)一致' },
  { scope_code: COUNTY, topic: 'admin', label_zh: '村级单位数(村委会、社区居委会)', label_en: 'Village-level units (village and residents’ committees)', value: '104', unit: '个', quote: '104个村(居)委会', note: '与官方名录(GEO)一致' },
  { scope_code: COUNTY, topic: 'party', label_zh: '党员人数', label_en: 'Party members', value: '16685', unit: '人', quote: '党员16685名', note: '原文未载明年份,上下文为2018—2019年' },
  { scope_code: COUNTY, topic: 'party', label_zh: '其中农村党员人数', label_en: 'Of whom rural Party members', value: '10403', unit: '人', quote: '农村党员10403名', note: '原文未载明年份,上下文为2018—2019年' },
  { scope_code: COUNTY, topic: 'income', label_zh: '2015年以前薄弱村、空壳村所占比例', label_en: 'Share of “weak” or “empty-shell” villages before 2015 (no money and no capacity to act)', value: '85', unit: '%', qualifier: '约', approximate: true, quote: '2015年以前,约85%的村为薄弱村、空壳村', note: '原文为“2015年以前”,不是某一确定年份,故时期留空' },
  // ---- red credit
  { scope_code: COUNTY, topic: 'credit', label_zh: '红色信贷在全县推行的年份(县委组织部发文)', label_en: 'Year red credit was launched county-wide, by a notice of the county Party organisation department', value: '2015', unit: '年', period: '2015', quote: '2015年,县委组织部发文在全县推行红色信贷' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '红色信贷所依托的云南省农村党员创业项目的年份', label_en: 'Year of the Yunnan provincial programme for rural Party members’ entrepreneurship that red credit builds on', value: '2014', unit: '年', period: '2014', quote: '在2014年云南省农村党员创业项目基础上' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '红色信贷纳入乡镇党建考核,村党组织书记为第一责任人', label_en: 'Red credit counts in each township’s Party-building appraisal; each village Party secretary is the first person responsible', quote: '纳入乡镇党建考核,村党组织书记为第一责任人' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '四个环节:个人申请、组织推荐、群众监督、农信审批,并有风险防控', label_en: 'Four stages: personal application, recommendation by the Party organisation, public supervision (villagers see and may object), approval by the rural credit cooperative; plus risk control', quote: '个人申请、组织推荐、群众监督、农信审批' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '跟踪借款党员的经营情况和资金使用', label_en: 'Each recipient’s business and use of funds are tracked', quote: '跟踪经营情况和资金使用' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '借款党员向村党支部公开作出创业承诺', label_en: 'Recipients make a public entrepreneurship pledge to the village Party branch', quote: '创业承诺' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '示范户挂牌', label_en: 'Model households receive a plaque', quote: '挂牌示范户' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '借款党员须带动其他农户,特别是贫困户', label_en: 'Recipients must bring other households along, especially poor households', quote: '带动贫困户' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '获得红色信贷的党员人数(2014年至2018年4月)', label_en: 'Party members who received red-credit loans, 2014 to April 2018', value: '462', unit: '人', period: '2014/2018-04', quote: '2014年至2018年4月,共有462名党员获得红色信贷6102万元' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '红色信贷金额(2014年至2018年4月)', label_en: 'Red-credit loans granted, 2014 to April 2018', value: '6102', unit: '万元', period: '2014/2018-04', quote: '2014年至2018年4月,共有462名党员获得红色信贷6102万元' },
  { scope_code: COUNTY, topic: 'credit', label_zh: '红色信贷逐年增长', label_en: 'Red-credit lending grew year by year', period: '2014/2018-04', quote: '逐年增长' },
  // ---- the case of 李飞龙
  { scope_code: LABAZHI, topic: 'credit-case', label_zh: '李飞龙(党员,傈僳族,石鼓镇拉巴支村委会4组)的年龄', label_en: 'Age of 李飞龙 (Party member, Lisu, group 4 of Labazhi village committee, Shigu town)', value: '26', unit: '岁', quote: '李飞龙,傈僳族,党员,26岁,拉巴支村委会4组', note: '原文时点的年龄' },
  { scope_code: LABAZHI, topic: 'credit-case', label_zh: '李飞龙获得红色信贷的年份(按原文)', label_en: 'Year 李飞龙 received his red-credit loan, as printed', value: '2007', unit: '年', period: '2007', quote: '2007年通过红色信贷贷款10万元', note: '按原文;早于2015年推行的红色信贷,年份存疑 / as printed; predates the 2015 programme, doubtful' },
  { scope_code: LABAZHI, topic: 'credit-case', label_zh: '李飞龙的红色信贷金额', label_en: 'Amount of 李飞龙’s red-credit loan', value: '10', unit: '万元', period: '2007', quote: '2007年通过红色信贷贷款10万元', note: '年份按原文,存疑' },
  { scope_code: LABAZHI, topic: 'credit-case', label_zh: '李飞龙种植滇重楼面积(替换村民原有的低价值品种)', label_en: 'Area of 滇重楼 (Paris polyphylla, a medicinal herb) planted by 李飞龙, replacing villagers’ lower-value variety', value: '1.5', unit: '亩', quote: '种植滇重楼1.5亩' },
  { scope_code: LABAZHI, topic: 'credit-case', label_zh: '李飞龙养猪场面积', label_en: 'Area of 李飞龙’s pig farm', value: '1000', unit: '平方米', qualifier: '约', approximate: true, quote: '养猪场约1000平方米' },
  { scope_code: LABAZHI, topic: 'credit-case', label_zh: '李飞龙养殖的母猪头数', label_en: 'Sows kept by 李飞龙', value: '30', unit: '头', quote: '母猪30头' },
  { scope_code: LABAZHI, topic: 'credit-case', label_zh: '李飞龙注册公司,规划“公司+农户”模式和电商销售', label_en: '李飞龙 registered a company, planning “company + farmers” and e-commerce sales', quote: '公司+农户' },
  { scope_code: LABAZHI, topic: 'credit-case', label_zh: '李飞龙当选村委会主任的年份', label_en: 'Year 李飞龙 was elected head of the village committee', value: '2018', unit: '年', period: '2018', quote: '2018年当选村委会主任' },
  // ---- village collective economy
  { scope_code: COUNTY, topic: 'collective', label_zh: '村集体经济模式:党总支+合作社+村民入股+受益分红', label_en: 'Model: Party branch + cooperative + villagers buy shares + dividends', quote: '党总支+合作社+村民入股+受益分红' },
  { scope_code: COUNTY, topic: 'collective', label_zh: '财政入股部分的收益归村党组织集体经济', label_en: 'Returns on the fiscal share go to the village Party organisation’s collective fund', quote: '财政入股收益归村党组织' },
  { scope_code: COUNTY, topic: 'collective', label_zh: '建立台账,逐村跟踪问题', label_en: 'Ledgers are kept and problems tracked village by village', quote: '台账' },
  { scope_code: COUNTY, topic: 'dividends', label_zh: '分红比例:村集体', label_en: 'Dividend split: village collective', value: '20', unit: '%', quote: '村集体20%' },
  { scope_code: COUNTY, topic: 'dividends', label_zh: '分红比例:合作社', label_en: 'Dividend split: cooperative', value: '5.5', unit: '%', qualifier: '约', approximate: true, quote: '合作社约5.5%' },
  { scope_code: COUNTY, topic: 'dividends', label_zh: '分红比例:入股村民', label_en: 'Dividend split: shareholding villagers', value: '74.5', unit: '%', qualifier: '约', approximate: true, quote: '入股村民约74.5%' },
  { scope_code: COUNTY, topic: 'collective', label_zh: '可入股的资源:土地、项目资金、党员红色信贷资金、社会资本、贫困户政策扶持', label_en: 'What can be put in as shares: land, government project funds, Party members’ red-credit capital, private capital, policy support for poor households', quote: '土地、项目资金、红色信贷资金、社会资本、贫困户政策扶持' },
  { scope_code: COUNTY, topic: 'income', label_zh: '村集体经济收入的主要途径:产业带动、服务创收、招商合作、资源开发、租赁经营', label_en: 'Main ways villages earn collective income: industry-led, paid services, investment partnerships, resource development, leasing', quote: '产业带动、服务创收、招商合作、资源开发、租赁经营', note: '五种途径,定性' },
  { scope_code: COUNTY, topic: 'income', label_zh: '2017年集体经济收入5万元以上的村', label_en: 'Villages with collective income of 50,000 yuan or more in 2017', value: '18', unit: '个', period: '2017', quote: '5万元以上的村18个' },
  { scope_code: COUNTY, topic: 'income', label_zh: '2017年集体经济收入3万至5万元的村', label_en: 'Villages with collective income of 30,000–50,000 yuan in 2017', value: '9', unit: '个', period: '2017', quote: '3万至5万元的村9个' },
  { scope_code: COUNTY, topic: 'income', label_zh: '2017年集体经济收入2万至3万元的村', label_en: 'Villages with collective income of 20,000–30,000 yuan in 2017', value: '77', unit: '个', period: '2017', quote: '2万至3万元的村77个', note: '18+9+77=104' },
  { scope_code: COUNTY, topic: 'income', label_zh: '经过约五年,每个村的集体经济收入都在2万元以上', label_en: 'After about five years (by 2018–2019), every village’s collective income is at least 20,000 yuan', value: '2', unit: '万元', qualifier: '以上', approximate: true, period: '2018/2019', quote: '所有村集体经济收入均达2万元以上', note: '“以上”是下限,故 approximate 为 true;原文为“2018—2019年”前后,时期按此记' },
  // ---- 太平村 (鲁甸乡)
  { scope_code: TAIPING, topic: 'governance', label_zh: '太平村党员设岗定责,多方评议积分;积分只是荣誉,不参与分红,也不发报酬', label_en: 'Taiping village: posts with defined duties for Party members, scored by several parties; the points are an honour only, earning no dividend and no extra pay', quote: '设岗定责', note: '定性事实;积分只是荣誉' },
  // ---- 黎明傈僳族乡, 老君山黎明 scenic area
  { scope_code: LIMING, topic: 'dividends', label_zh: '老君山黎明景区:合作社对接旅游公司,村委会提供服务,党总支把方向、抓监督', label_en: 'Laojunshan Liming scenic area: the cooperative deals with the tourism company, the village committee provides services, the Party branch sets direction and supervises', quote: '合作社对接旅游公司,村委会提供服务,党总支把方向、抓监督' },
  { scope_code: LIMING, topic: 'dividends', label_zh: '2019年2月2日领取旅游反哺资金和资源补偿的人数', label_en: 'People who received the 2019 tourism feedback fund and resource compensation on 2019-02-02', value: '107', unit: '人', period: '2019-02-02', quote: '两个村委会7个村民小组107人(以傈僳族为主)', note: '以傈僳族为主;见 dividends.csv 的 D-S1-LJLM' },
  { scope_code: LIMING, topic: 'dividends', label_zh: '2019年2月2日领取分红的村民小组数', label_en: 'Village groups whose members received the payment on 2019-02-02', value: '7', unit: '个', period: '2019-02-02', quote: '两个村委会7个村民小组107人' },
  { scope_code: LIMING, topic: 'dividends', label_zh: '2019年2月2日领取分红涉及的村委会数', label_en: 'Village committees involved in the payment on 2019-02-02', value: '2', unit: '个', period: '2019-02-02', quote: '两个村委会7个村民小组107人', note: '是哪两个村委会原文未载明' },
  { scope_code: LIMING, topic: 'dividends', label_zh: '2019年旅游反哺资金和资源补偿金额', label_en: '2019 tourism feedback fund and resource compensation paid out on 2019-02-02', value: '236', unit: '万元', qualifier: '多', approximate: true, period: '2019-02-02', quote: '领取2019年旅游反哺资金和资源补偿236万多元' },
];

export const factRows: CountyFact[] = facts.map((f, i) => ({
  id: `F${String(i + 1).padStart(2, '0')}`,
  scope_code: f.scope_code,
  topic: f.topic,
  label_zh: f.label_zh,
  label_en: f.label_en,
  value: f.value ?? null,
  unit: f.unit ?? null,
  qualifier: f.qualifier ?? null,
  approximate: f.approximate ?? false,
  period: f.period ?? null,
  quote: f.quote,
  source_id: S1,
  note: f.note ?? null,
}));
