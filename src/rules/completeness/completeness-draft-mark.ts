import { defineRule } from '../engine/types.js';
import { textLoc } from '../engine/locate.js';
import { docLoc } from './common.js';

export default defineRule({
  id: 'completeness-draft-mark',
  severity: 'info',
  category: 'completeness',
  title: '文件带有内部审核水印',
  message: '文件中有“仅供内部审核”等内部审核水印或草稿标记，公开前应删除',
  description: `文件中出现“仅供内部审核”“内部资料”“征求意见稿”“草稿”“送审稿”等单独成行的水印或标记，说明这是审核稿而非公开稿。
公开前应删除这些标记，并确认内容已定稿。

示例：PDF 每页都印有“仅供内部审核”水印。`,
  *check({ doc }) {
    if (!doc.meta.draft) return;
    yield {
      locations: [doc.meta.draftSource ? textLoc('内部审核水印', doc.meta.draftSource, '仅供内部审核') : docLoc(doc)],
      actual: '带有内部审核水印',
      suggestion: '导出公开版时去掉水印和草稿标记',
    };
  },
});
