import type { CollectionConfig } from 'payload'

import { editorialDraftsAccess, publishedOnlyForReaders } from '@/access/published'
import { publishOneLocale } from '@/hooks/publish-one-locale'
import { refuseParentCycle } from '@/hooks/refuse-parent-cycle'
import { requireVietnamese } from '@/hooks/require-vietnamese'
import {
  markDraftSave,
  revalidatePublishedAfterChange,
  revalidatePublishedAfterDelete,
} from '@/site/cache/published-hooks'

/**
 * The body's organisation (Cơ cấu tổ chức): units and the unit each belongs to, from which the
 * organisation-chart page block draws its nested lists. Drafts and versions like leaders;
 * readers see published units only. Name, head's position, description and address have an
 * English version (issue 12 §2); people's names, phones and e-mails are the same in both.
 */
export const Units: CollectionConfig<'units'> = {
  slug: 'units',
  labels: { singular: 'Đơn vị', plural: 'Đơn vị' },
  admin: {
    useAsTitle: 'name',
    group: 'Tổ chức',
    defaultColumns: ['name', 'parent', 'order', '_status'],
    description: 'Các đơn vị trong sơ đồ tổ chức (khối "Sơ đồ tổ chức" trên trang giới thiệu).',
  },
  defaultSort: 'order',
  access: editorialDraftsAccess,
  versions: { maxPerDoc: 20, drafts: true },
  hooks: {
    beforeOperation: [publishedOnlyForReaders(), publishOneLocale(), markDraftSave()],
    beforeChange: [
      requireVietnamese('units', [{ name: 'name', label: 'Tên đơn vị' }]),
      refuseParentCycle('units', 'đơn vị'),
    ],
    afterChange: [revalidatePublishedAfterChange],
    afterDelete: [revalidatePublishedAfterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: 'Tên đơn vị',
      maxLength: 200,
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'units',
      label: 'Trực thuộc đơn vị',
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { description: 'Để trống: đơn vị cấp cao nhất của sơ đồ.' },
    },
    {
      name: 'order',
      type: 'number',
      label: 'Thứ tự',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Số nhỏ đứng trước' },
    },
    {
      name: 'head',
      type: 'group',
      label: 'Người đứng đầu',
      fields: [
        { name: 'name', type: 'text', label: 'Họ và tên', maxLength: 120 },
        {
          name: 'position',
          type: 'text',
          localized: true,
          label: 'Chức vụ',
          maxLength: 120,
          admin: { placeholder: 'Chánh Văn phòng' },
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: 'Chức năng, nhiệm vụ',
      maxLength: 2000,
    },
    {
      name: 'contact',
      type: 'group',
      label: 'Liên hệ',
      fields: [
        { name: 'phone', type: 'text', label: 'Điện thoại', maxLength: 60 },
        { name: 'email', type: 'email', label: 'Email' },
        { name: 'address', type: 'text', localized: true, label: 'Địa chỉ', maxLength: 300 },
      ],
    },
  ],
}
