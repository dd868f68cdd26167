/** Columns that many tables share, defined once. */
import { id, text } from './fields.ts';

export const sourceId = () =>
  id({
    required: true,
    title: { zh: '来源编号', en: 'Source id' },
    description: {
      zh: '本行数字的出处,对应 sources.csv 的 id;演示数据为 SYN',
      en: 'Where this row comes from: an id in sources.csv; demonstration rows use SYN',
    },
    example: 'S1',
  });

export const note = () =>
  text({
    required: false,
    maxLength: 1000,
    title: { zh: '备注', en: 'Note' },
    description: {
      zh: '说明、存疑之处、原文措辞等',
      en: 'Remarks: doubts, the source’s own wording, and the like',
    },
    example: '原文如此',
  });

/**
 * Pseudonymous person ids: `P-` and 6 to 10 characters from an alphabet without look-alikes
 * (digits 2–9, capitals without I, L, O). Drawn at random, never made from the name
 * (src/lib/person-id.ts).
 */
export const PERSON_ID_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const PERSON_ID = /^P-[2-9A-HJKMNP-Z]{6,10}$/;

/** The person a row names (a loan's recipient, a post's holder), by pseudonymous id. */
export const personId = () =>
  text({
    required: true,
    maxLength: 12,
    pattern: PERSON_ID,
    patternHint: {
      zh: '写 P- 加 6 个随机字符(数字 2–9 和大写字母,不含 I、L、O),例如 P-7KQ2MX;同一人在各行各表中用同一个编号,编号不能由姓名推出',
      en: 'write P- and 6 random characters (digits 2–9 and capitals without I, L, O), e.g. P-7KQ2MX; a person keeps one id in every row and table, and the id must not be made from the name',
    },
    title: { zh: '人员编号', en: 'Person id' },
    description: {
      zh: '假名化的人员编号:同一人在各行、各表(红色信贷、设岗定责)中相同,姓名不公开时照样保留,用来统计人数;随机取得,与姓名无关,不透露任何个人信息',
      en: 'Pseudonymous person id: the same for one person in every row and table (loans, duty posts), kept when the name is withheld, so people can be counted; drawn at random, unrelated to the name, revealing nothing about the person',
    },
    example: 'P-7KQ2MX',
  });
