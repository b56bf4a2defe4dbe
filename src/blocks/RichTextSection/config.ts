import type { Block } from 'payload'

import { richTextEditor } from '@/lib/rich-text-editor'

/** Free text on a standing page (functions and duties, history), with the body's photo blocks. */
export const richTextSectionBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextSectionBlock',
  labels: { singular: 'Văn bản', plural: 'Văn bản' },
  fields: [
    { name: 'heading', type: 'text', label: 'Tiêu đề mục (không bắt buộc)', maxLength: 200 },
    { name: 'content', type: 'richText', label: 'Nội dung', editor: richTextEditor },
  ],
}
