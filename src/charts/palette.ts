/**
 * Colours that people with colour-vision deficiency can tell apart (Okabe & Ito), readable on the
 * light and the dark background alike. Each category keeps its colour on every page.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'] as const;

export const incomeTypeColour: Record<string, string> = {
  产业带动: '#0072B2',
  服务创收: '#E69F00',
  招商合作: '#009E73',
  资源开发: '#CC79A7',
  租赁经营: '#56B4E9',
  其他: '#999999',
};

export const partyColour: Record<string, string> = {
  村集体: '#0072B2',
  合作社: '#E69F00',
  入股村民: '#009E73',
  村民: '#56B4E9',
  其他: '#999999',
};

/** The bar colour of a single series. */
export const BAR = '#0072B2';
/** The colour of a published figure drawn beside the dataset's. */
export const PUBLISHED = '#D55E00';

export const colourOf = (map: Record<string, string>, key: string, i = 0) => map[key] ?? OKABE_ITO[i % OKABE_ITO.length]!;
