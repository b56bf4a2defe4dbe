import type { GlobalConfig } from 'payload'

import { adminsOnly, anyone } from '@/access/roles'
import { syncPublicUse } from '@/collections/Media/public-use'
import { setEmcScriptUrl } from '@/server/emc-script'
import { revalidateGlobalAfterChange } from '@/site/cache/hooks'

import { emcUrlError } from './emc-url'

/**
 * Everything province-specific lives here, so one codebase serves every provincial body. The
 * reader-facing wording (name, tagline, address, hours, footer…) has an English version for the
 * English pages (issue 12 §2); phones, e-mails and settings are shared.
 */
export const Site: GlobalConfig<'site'> = {
  slug: 'site',
  label: 'Cấu hình cổng thông tin',
  admin: { group: 'Hệ thống' },
  access: { read: anyone, update: adminsOnly },
  hooks: {
    afterChange: [
      // The logo is public whatever articles use; a replaced one loses that unless used elsewhere.
      async ({ doc, previousDoc, req }) => {
        const ids = [previousDoc?.logo, doc.logo].map((v) =>
          v && typeof v === 'object' ? v.id : v,
        )
        await syncPublicUse(
          req,
          ids.filter((v): v is string => typeof v === 'string'),
        )
        return doc
      },
      // This process's CSP follows at once; other processes on their next content-version change.
      ({ doc }) => {
        setEmcScriptUrl(doc.emcScriptUrl)
        return doc
      },
      revalidateGlobalAfterChange,
    ],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: 'Tên cổng thông tin',
      // Vietnamese only: an English name left empty must stay empty, not become this text.
      defaultValue: ({ locale }: { locale?: string }) =>
        locale === 'en' ? undefined : 'Cổng thông tin điện tử Đảng ủy',
    },
    { name: 'shortName', type: 'text', localized: true, label: 'Tên viết tắt' },
    { name: 'province', type: 'text', label: 'Tỉnh' },
    { name: 'tagline', type: 'text', localized: true, label: 'Khẩu hiệu' },
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
    {
      name: 'contact',
      type: 'group',
      label: 'Liên hệ',
      fields: [
        { name: 'address', type: 'text', localized: true, label: 'Địa chỉ' },
        { name: 'phone', type: 'text', label: 'Điện thoại' },
        { name: 'email', type: 'email', label: 'Email' },
        { name: 'fax', type: 'text', label: 'Fax' },
        {
          name: 'hours',
          type: 'textarea',
          localized: true,
          label: 'Giờ làm việc',
          admin: { placeholder: 'Sáng 7:30–11:30, chiều 13:30–17:00, từ thứ Hai đến thứ Sáu' },
        },
        {
          name: 'responsible',
          type: 'text',
          localized: true,
          label: 'Chịu trách nhiệm nội dung',
        },
        { name: 'license', type: 'text', localized: true, label: 'Giấy phép' },
      ],
    },
    {
      name: 'fourEyes',
      type: 'checkbox',
      label: 'Nguyên tắc bốn mắt',
      defaultValue: true,
      admin: {
        description:
          'Không ai được duyệt đăng bài do chính mình viết hoặc sửa lần cuối (khuyến nghị bật).',
      },
    },
    { name: 'footer', type: 'textarea', localized: true, label: 'Chân trang' },
    {
      name: 'links',
      type: 'array',
      label: 'Liên kết website',
      labels: { singular: 'Liên kết', plural: 'Liên kết' },
      fields: [
        { name: 'label', type: 'text', required: true, label: 'Tên' },
        { name: 'url', type: 'text', required: true, label: 'Địa chỉ (URL)' },
      ],
    },
    {
      name: 'emcScriptUrl',
      type: 'text',
      label: 'Mã theo dõi EMC (địa chỉ script)',
      admin: {
        description:
          'Địa chỉ https của mã theo dõi do hệ thống giám sát quốc gia (EMC) cấp. Để trống: không gắn mã nào (mặc định).',
      },
      validate: (value: string | null | undefined) => emcUrlError(value) ?? true,
    },
  ],
}
