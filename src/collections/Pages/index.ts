import type { CollectionConfig } from 'payload'

import { publishedOnlyForReaders } from '@/access/published'
import { staffField } from '@/access/roles'
import { pageBlocks } from '@/blocks/page-blocks'
import { publishOneLocale } from '@/hooks/publish-one-locale'
import { refuseParentCycle } from '@/hooks/refuse-parent-cycle'
import { requireVietnamese } from '@/hooks/require-vietnamese'
import { setCreatedBy } from '@/hooks/set-created-by'
import { slugFromField } from '@/hooks/slug-from-field'
import {
  markDraftSave,
  revalidatePublishedAfterChange,
  revalidatePublishedAfterDelete,
} from '@/site/cache/published-hooks'
import { pagePreviewUrl } from '@/site/preview-url'

import { pagesAccess } from './access'
import { guardLivePage, markPageSaveMode } from './hooks/guard-live-page'
import { recordPageRefs } from './hooks/record-page-refs'
import { refuseDeleteWithChildren } from './hooks/refuse-delete-with-children'
import {
  rememberStoredPage,
  syncPageMediaAfterChange,
  syncPageMediaAfterDelete,
} from './hooks/sync-page-media'

/**
 * Standing pages (trang giới thiệu): Giới thiệu, Chức năng nhiệm vụ, Cơ cấu tổ chức, Lãnh đạo,
 * Liên hệ and whatever an editor adds, built from page blocks and nested under a parent page.
 * The page with slug `gioi-thieu` is served at /gioi-thieu, every other at
 * /gioi-thieu/<parents>/<slug> (@/site/pages/tree). Drafts and versions like articles: editors
 * write drafts, approvers and admins publish (./access). Title, description and layout have a
 * Vietnamese and an English version (issue 12 §2); a page without an English title has no
 * English page (/en/<slug> says it is available in Vietnamese).
 */
export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  labels: { singular: 'Trang giới thiệu', plural: 'Trang giới thiệu' },
  admin: {
    useAsTitle: 'title',
    group: 'Tổ chức',
    defaultColumns: ['title', 'parent', 'order', '_status', 'updatedAt'],
    description:
      'Trang có đường dẫn "gioi-thieu" là trang gốc (/gioi-thieu); các trang khác ở /gioi-thieu/<đường dẫn>.',
    preview: (doc) => pagePreviewUrl(doc),
  },
  defaultSort: 'order',
  access: pagesAccess,
  versions: { maxPerDoc: 30, drafts: true },
  hooks: {
    beforeOperation: [
      publishedOnlyForReaders(),
      markPageSaveMode,
      publishOneLocale(),
      markDraftSave(),
    ],
    beforeValidate: [slugFromField('title')],
    beforeChange: [
      setCreatedBy,
      guardLivePage,
      requireVietnamese('pages', [{ name: 'title', label: 'Tiêu đề' }]),
      refuseParentCycle('pages', 'trang'),
      recordPageRefs,
      rememberStoredPage,
    ],
    afterChange: [syncPageMediaAfterChange, revalidatePublishedAfterChange],
    beforeDelete: [refuseDeleteWithChildren],
    afterDelete: [syncPageMediaAfterDelete, revalidatePublishedAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: 'Tiêu đề',
      maxLength: 200,
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: 'Mô tả ngắn',
      maxLength: 300,
      admin: { description: 'Dùng cho công cụ tìm kiếm và khi chia sẻ liên kết.' },
    },
    {
      name: 'layout',
      type: 'blocks',
      // Each language has its own blocks: an English page is written, not a translation of
      // every Vietnamese block, and may be shorter.
      localized: true,
      label: 'Nội dung trang',
      labels: { singular: 'Khối', plural: 'Khối' },
      blocks: pageBlocks,
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: 'Đường dẫn (slug)',
      admin: { position: 'sidebar', description: 'Để trống để tạo tự động từ tiêu đề' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: 'Trang cha',
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar', description: 'Để trống: trang nằm ngay dưới Giới thiệu.' },
    },
    {
      name: 'order',
      type: 'number',
      label: 'Thứ tự',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Số nhỏ đứng trước trong danh sách trang con' },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: staffField, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: 'Người tạo',
    },
    // Derived by ./hooks/record-page-refs for the media's public-use rule; staff only.
    {
      name: 'mediaRefs',
      type: 'relationship',
      relationTo: 'media',
      hasMany: true,
      access: { read: staffField },
      admin: { hidden: true },
    },
    {
      name: 'leaderRefs',
      type: 'relationship',
      relationTo: 'leaders',
      hasMany: true,
      access: { read: staffField },
      admin: { hidden: true },
    },
    {
      name: 'allLeaders',
      type: 'checkbox',
      index: true,
      access: { read: staffField },
      admin: { hidden: true },
    },
  ],
}
