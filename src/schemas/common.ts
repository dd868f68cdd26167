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
