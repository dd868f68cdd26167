/**
 * Controlled vocabularies. The value stored in the CSV is the Chinese term (editors work in
 * Chinese); `en` is its English label for pages and downloads' data dictionary. Spellings that
 * editors often use instead are listed in `aliases` so the validator can say "did you mean".
 */
export interface Term {
  value: string;
  en: string;
  aliases?: string[];
}

export const sourceKinds = [
  { value: 'published', en: 'published (a public text, figures exactly as printed)' },
  { value: 'official', en: 'official (a government register)' },
  { value: 'synthetic', en: 'synthetic (demonstration figures, not real)' },
] as const satisfies readonly Term[];

export const townshipKinds = [
  { value: '街道', en: 'Subdistrict' },
  { value: '镇', en: 'Town' },
  { value: '乡', en: 'Township' },
] as const satisfies readonly Term[];

export const villageKinds = [
  { value: '村委会', en: 'Village Committee' },
  { value: '居委会', en: 'Residents’ Committee' },
] as const satisfies readonly Term[];

export const incomeTypes = [
  { value: '产业带动', en: 'Industry-led', aliases: ['产业', '产业带动型'] },
  { value: '服务创收', en: 'Paid services', aliases: ['服务', '服务创收型'] },
  { value: '招商合作', en: 'Investment partnerships', aliases: ['招商', '合作'] },
  { value: '资源开发', en: 'Resource development', aliases: ['资源'] },
  { value: '租赁经营', en: 'Leasing', aliases: ['租赁', '出租'] },
  { value: '其他', en: 'Other', aliases: ['其它', 'other'] },
] as const satisfies readonly Term[];

export const industries = [
  { value: '种植', en: 'Crops', aliases: ['种植业'] },
  { value: '养殖', en: 'Livestock', aliases: ['养殖业'] },
  { value: '种养结合', en: 'Crops and livestock', aliases: ['种养殖', '种植养殖'] },
  { value: '中药材', en: 'Medicinal herbs', aliases: ['药材'] },
  { value: '乡村旅游', en: 'Rural tourism', aliases: ['旅游', '农家乐'] },
  { value: '加工', en: 'Processing', aliases: ['农产品加工'] },
  { value: '商贸电商', en: 'Trade and e-commerce', aliases: ['电商', '商贸'] },
  { value: '其他', en: 'Other', aliases: ['其它'] },
] as const satisfies readonly Term[];

export const loanDecisions = [
  { value: '批准', en: 'Approved', aliases: ['通过', '同意', '已批准'] },
  { value: '未批准', en: 'Declined', aliases: ['不通过', '拒绝', '驳回'] },
  { value: '审批中', en: 'Pending', aliases: ['待审', '待审批', '审核中'] },
] as const satisfies readonly Term[];

export const repaymentStatuses = [
  { value: '未到期', en: 'Not yet due', aliases: ['正常', '还款中'] },
  { value: '已结清', en: 'Repaid in full', aliases: ['已还清', '结清', '已还款'] },
  { value: '逾期', en: 'Overdue', aliases: ['逾期未还', '拖欠'] },
  { value: '展期', en: 'Extended', aliases: ['延期'] },
] as const satisfies readonly Term[];

export const dividendScopes = [
  { value: '村', en: 'One village', aliases: ['村委会', '本村'] },
  { value: '村民小组', en: 'Village groups', aliases: ['小组', '组'] },
  { value: '多村', en: 'Several villages', aliases: ['跨村'] },
] as const satisfies readonly Term[];

export const dividendParties = [
  { value: '村集体', en: 'Village collective', aliases: ['集体', '村集体经济'] },
  { value: '合作社', en: 'Cooperative', aliases: ['专业合作社'] },
  { value: '入股村民', en: 'Shareholding villagers', aliases: ['村民', '股民', '入股农户'] },
  { value: '村民', en: 'Villagers (all)', aliases: [] },
  { value: '其他', en: 'Other', aliases: ['其它'] },
] as const satisfies readonly Term[];

export const contributionTypes = [
  { value: '土地', en: 'Land', aliases: ['土地入股', '土地经营权'] },
  { value: '项目资金', en: 'Government project funds', aliases: ['财政资金', '项目'] },
  { value: '红色信贷资金', en: 'Red-credit capital', aliases: ['红色信贷', '信贷资金'] },
  { value: '社会资本', en: 'Private capital', aliases: ['个人资金', '自有资金'] },
  { value: '贫困户政策扶持', en: 'Policy support for poor households', aliases: ['扶贫资金', '政策扶持'] },
] as const satisfies readonly Term[];

export const factQualifiers = [
  { value: '约', en: 'about' },
  { value: '多', en: 'more than' },
  { value: '以上', en: 'or more' },
] as const satisfies readonly Term[];

export const factUnits = [
  { value: '个', en: 'units' },
  { value: '人', en: 'people' },
  { value: '户', en: 'households' },
  { value: '元', en: 'yuan' },
  { value: '万元', en: '10,000 yuan' },
  { value: '%', en: 'percent' },
  { value: '岁', en: 'years of age' },
  { value: '亩', en: 'mu' },
  { value: '平方米', en: 'square metres' },
  { value: '头', en: 'head (animals)' },
  { value: '年', en: 'year' },
] as const satisfies readonly Term[];

/** The English label of a stored Chinese term (or the term itself when it is not in the list). */
export function termLabel(terms: readonly Term[], value: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return value;
  return terms.find((t) => t.value === value)?.en ?? value;
}
