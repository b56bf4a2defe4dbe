/**
 * Tags and authors get a public page only once a published article uses them, and their API
 * reads follow the same rule: a `publicUse` flag on each record, kept by the article hooks
 * (@/collections/Articles/taxonomy-public-use), turns the read rule into a plain query that
 * works on any database adapter, like media's.
 */
import type { Access, CheckboxField, Where } from 'payload'

import { isStaff } from './roles'

/** What anonymous readers may see of tags and authors. */
export const PUBLIC_USE: Where = { publicUse: { equals: true } }

/** Staff read every tag and author (they pick them for drafts); anyone else only used ones. */
export const readStaffOrPublicUse: Access = ({ req }) => (isStaff(req.user) ? true : PUBLIC_USE)

/** The flag itself: derived data, written only by hooks (with overrideAccess), never by hand. */
export const publicUseField = (description: string): CheckboxField => ({
  name: 'publicUse',
  type: 'checkbox',
  label: 'Đang dùng công khai',
  defaultValue: false,
  index: true,
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', description },
})
