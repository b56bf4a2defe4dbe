import type { Block } from 'payload'

/** Question/answer turns as printed in interviews: "P.V: …" / "Đồng chí …: …". */
export const interviewBlock: Block = {
  slug: 'interview',
  interfaceName: 'InterviewBlock',
  labels: { singular: 'Phỏng vấn (hỏi - đáp)', plural: 'Phỏng vấn (hỏi - đáp)' },
  fields: [
    {
      name: 'turns',
      type: 'array',
      label: 'Lượt hỏi - đáp',
      minRows: 1,
      labels: { singular: 'Lượt', plural: 'Lượt' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'speaker',
              type: 'text',
              required: true,
              label: 'Người nói',
              defaultValue: 'P.V',
            },
            {
              name: 'role',
              type: 'select',
              required: true,
              defaultValue: 'question',
              label: 'Vai trò',
              options: [
                { label: 'Hỏi', value: 'question' },
                { label: 'Trả lời', value: 'answer' },
              ],
            },
          ],
        },
        { name: 'text', type: 'textarea', required: true, label: 'Nội dung' },
      ],
    },
  ],
}
