import type { CollectionConfig } from 'payload'

import { staffField } from '@/access/roles'
import { setCreatedBy } from '@/hooks/set-created-by'
import { richTextEditor } from '@/lib/rich-text-editor'
import { notifyStageMove } from '@/notifications/notify-stage'
import {
  indexArticleAfterChange,
  indexArticleAfterDelete,
  recordMediaRefs,
} from '@/search/sync/hooks'
import { articlePreviewUrl } from '@/site/preview-url'

import {
  createArticles,
  deleteArticles,
  readArticles,
  readArticleVersions,
  updateArticles,
} from './access'
import { documentFields } from './document-fields'
import { editorialNotesTab } from './editorial-notes-tab'
import { applyStage } from './hooks/apply-stage'
import { auditPublishedAtChange, rememberPublishedAtChange } from './hooks/audit-published-at'
import { auditRoyaltyChange, rememberRoyaltyChange } from './hooks/audit-royalties'
import { auditStageTransition } from './hooks/audit-stage-transition'
import { closeCommentsAtOnce } from './hooks/close-comments-at-once'
import { fillRoyalties } from './hooks/fill-royalties'
import { generateSlug } from './hooks/generate-slug'
import { guardCategories } from './hooks/guard-categories'
import { hideRoyalties } from './hooks/hide-royalties'
import { hideStageHistory } from './hooks/hide-stage-history'
import { keepLockOnAutosave, noteSaveStart } from './hooks/keep-lock-on-autosave'
import { recordPhotoCredits } from './hooks/record-photo-credits'
import { rememberStoredArticle } from './hooks/remember-stored-article'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from './hooks/revalidate-site'
import { setFirstPublishedAt } from './hooks/set-first-published-at'
import { setPublishedAt } from './hooks/set-published-at'
import { syncDraftCategories } from './hooks/sync-draft-categories'
import { syncMediaAfterChange, syncMediaAfterDelete } from './hooks/sync-media-public-use'
import { syncTaxonomyAfterChange, syncTaxonomyAfterDelete } from './hooks/sync-taxonomy-public-use'
import { importFields } from './import-fields'
import { ARTICLE_KINDS } from './kinds'
import { royaltyTab } from './royalties/fields'
import { markSaveMode } from './stages/save-mode'
import { stageChoicesEndpoint } from './stages/stage-choices-endpoint'
import { stageFields } from './stages/stage-fields'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: { singular: 'Bài viết', plural: 'Bài viết' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', '_status', 'stage', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'sapo', 'slug'],
    group: 'Nội dung',
    preview: (doc) => articlePreviewUrl(doc),
    components: {
      edit: {
        // The schedule drawer starts on publishing for a piece never published.
        PublishButton: '@/components/admin/ArticlePublishButton#ArticlePublishButton',
        // Payload's bare unpublish cannot succeed here: unpublishing is the stage "Gỡ bài".
        UnpublishButton: '@/components/admin/ArticleUnpublishNote#ArticleUnpublishNote',
      },
    },
  },
  endpoints: [stageChoicesEndpoint],
  defaultSort: '-publishedAt',
  // Payload's document locking (issue 11 §2): a second editor opening a piece someone is editing
  // is told who holds it and may take over; API saves of a locked piece are refused (423).
  // The lock lapses after five minutes without activity from its holder.
  lockDocuments: { duration: 300 },
  access: {
    read: readArticles,
    create: createArticles,
    update: updateArticles,
    delete: deleteArticles,
    readVersions: readArticleVersions,
  },
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  },
  hooks: {
    beforeOperation: [markSaveMode, noteSaveStart],
    beforeValidate: [generateSlug],
    beforeChange: [
      setCreatedBy,
      guardCategories,
      applyStage,
      setPublishedAt,
      rememberPublishedAtChange,
      setFirstPublishedAt,
      recordMediaRefs,
      rememberStoredArticle,
      recordPhotoCredits,
      fillRoyalties,
      rememberRoyaltyChange,
    ],
    afterRead: [hideStageHistory, hideRoyalties],
    afterChange: [
      syncDraftCategories,
      closeCommentsAtOnce,
      auditStageTransition,
      auditRoyaltyChange,
      auditPublishedAtChange,
      notifyStageMove,
      keepLockOnAutosave,
      indexArticleAfterChange,
      syncMediaAfterChange,
      syncTaxonomyAfterChange,
      revalidateSiteAfterChange,
    ],
    afterDelete: [
      indexArticleAfterDelete,
      syncMediaAfterDelete,
      syncTaxonomyAfterDelete,
      revalidateSiteAfterDelete,
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: 'Tiêu đề', maxLength: 300 },
    {
      name: 'sapo',
      type: 'textarea',
      label: 'Sa pô (tóm tắt)',
      admin: { description: 'Đoạn dẫn in đậm dưới tiêu đề' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Nội dung',
          fields: [
            { name: 'body', type: 'richText', label: 'Nội dung', editor: richTextEditor },
            { name: 'coverImage', type: 'upload', relationTo: 'media', label: 'Ảnh đại diện' },
            documentFields,
          ],
        },
        {
          label: 'Liên quan',
          fields: [
            {
              name: 'relatedArticles',
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              label: 'Tin liên quan',
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
            },
          ],
        },
        editorialNotesTab,
        {
          name: 'meta',
          label: 'SEO',
          fields: [
            { name: 'title', type: 'text', label: 'Tiêu đề SEO', maxLength: 120 },
            { name: 'description', type: 'textarea', label: 'Mô tả SEO', maxLength: 300 },
            { name: 'image', type: 'upload', relationTo: 'media', label: 'Ảnh chia sẻ' },
          ],
        },
        royaltyTab,
      ],
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
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'news',
      label: 'Thể loại',
      options: [...ARTICLE_KINDS],
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: 'Ngày xuất bản',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
    ...stageFields,
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      label: 'Chuyên mục',
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      label: 'Từ khóa',
      admin: { position: 'sidebar' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      label: 'Tác giả',
      admin: { position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'text',
      label: 'Nguồn',
      admin: { position: 'sidebar', placeholder: 'Báo Nghệ An' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      label: 'Tin nổi bật',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      // Readers' comments under this article (collections/Comments); site-wide closing is in
      // the feedback settings.
      name: 'commentsClosed',
      type: 'checkbox',
      label: 'Đóng ý kiến bạn đọc',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description:
          'Ẩn biểu mẫu gửi ý kiến dưới bài này (ý kiến đã duyệt vẫn hiện). Với bài đang đăng, có hiệu lực ngay khi lưu, không cần xuất bản lại.',
      },
    },
    {
      // Set once by a hook on first publication and never cleared: reporters edit only articles
      // without it, so an unpublished article stays out of their reach.
      name: 'firstPublishedAt',
      type: 'date',
      label: 'Xuất bản lần đầu',
      index: true,
      access: { read: staffField, create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Media shown by the article (cover, share image, body photos, document PDF), kept by a hook
      // for search reindexing and for the media's public-use flag.
      name: 'mediaRefs',
      type: 'relationship',
      relationTo: 'media',
      hasMany: true,
      access: { read: staffField },
      admin: { hidden: true },
    },
    {
      // Credit keys ("thu-ha") of the photos the article shows, kept by a hook: the index behind
      // the photographer pages (/anh/<credit>). Public like the credits themselves.
      name: 'photoCredits',
      type: 'text',
      hasMany: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: 'Người tạo',
      index: true,
      access: { read: staffField, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    importFields,
  ],
}
