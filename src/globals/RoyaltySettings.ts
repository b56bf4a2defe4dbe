import type { GlobalConfig } from 'payload'

import { adminsOnly, editorsOnly } from '@/access/roles'
import { ARTICLE_KINDS } from '@/collections/Articles/kinds'
import { DEFAULT_POINT_VALUE, DEFAULT_RATES } from '@/royalties/defaults'
import { ROYALTY_ROLE_OPTIONS } from '@/royalties/roles'

/**
 * The royalty table (bảng nhuận bút, issue 11 §4): the value of a point and the default points or
 * amount per article kind and role, which pre-fill an article's royalty lines. Admins edit it;
 * editors and approvers read it (they fill lines from it); nobody else, over any API: royalty
 * data is staff-only. Changes are in the audit log like every global's.
 */
export const RoyaltySettings: GlobalConfig<'royalty-settings'> = {
  slug: 'royalty-settings',
  label: 'Bảng nhuận bút',
  admin: {
    group: 'Hệ thống',
    description:
      'Giá trị một điểm và định mức mặc định theo thể loại bài; biên tập viên điều chỉnh trên từng bài.',
  },
  access: { read: editorsOnly, update: adminsOnly },
  fields: [
    {
      name: 'pointValue',
      type: 'number',
      required: true,
      min: 0,
      defaultValue: DEFAULT_POINT_VALUE,
      label: 'Giá trị một điểm (đồng)',
      admin: {
        description:
          'Báo cáo tháng quy điểm ra tiền theo giá trị này tại thời điểm lập báo cáo; dòng nhập số tiền giữ nguyên số tiền.',
      },
    },
    {
      name: 'rates',
      type: 'array',
      label: 'Định mức theo thể loại',
      labels: { singular: 'Định mức', plural: 'Định mức' },
      defaultValue: DEFAULT_RATES,
      admin: {
        description:
          'Tin → "Tin tức, hội nghị"; bài → "Bài viết"; phỏng vấn; ảnh → "Phóng sự ảnh". Vai trò "Ảnh" tính cho mỗi ảnh; "Viết" chia đều cho các đồng tác giả. Nhập điểm hoặc số tiền.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              label: 'Thể loại',
              options: [...ARTICLE_KINDS],
            },
            {
              name: 'role',
              type: 'select',
              required: true,
              label: 'Vai trò',
              options: ROYALTY_ROLE_OPTIONS,
            },
            { name: 'points', type: 'number', min: 0, label: 'Điểm' },
            { name: 'amount', type: 'number', min: 0, label: 'Số tiền (đồng)' },
          ],
        },
      ],
    },
    { name: 'note', type: 'textarea', label: 'Ghi chú' },
  ],
}
