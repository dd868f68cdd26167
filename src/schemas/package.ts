/** The data package as a whole: its name, licence and people. Its version is the changelog's. */
export const packageMeta = {
  name: 'yulong-village-ledger',
  title: '玉龙纳西族自治县村务公开账本 / Open Village Ledger of Yulong County',
  description:
    '玉龙纳西族自治县(云南丽江)各村集体经济收入、红色信贷、分红与入股的开放数据。公开发表的数字按原文保存并注明出处;未公开的数字为标明“演示”的合成数据。 / Open data on the village collective economies of Yulong Naxi Autonomous County (Lijiang, Yunnan): collective income, red-credit loans, dividends and shareholdings. Published figures are kept exactly as published, with their source; figures that are not published are synthetic demonstration data, marked as such.',
  homepage: 'https://open-village-ledger.github.io/',
  keywords: ['村集体经济', '红色信贷', '村务公开', 'village collective economy', 'red credit', 'Yulong', 'Lijiang', 'Yunnan'],
  licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }],
  contributors: [{ title: 'Open Village Ledger contributors / 村务公开账本贡献者', role: 'author' }],
} as const;
