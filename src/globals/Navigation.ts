import type { ArrayField, GlobalConfig } from 'payload'

import { anyone, editorsOnly } from '@/access/roles'
import { revalidateGlobalAfterChange } from '@/site/cache/hooks'

import { navItemFields } from './navigation-fields'

/**
 * The portal's menus: the header menu and the footer menu, each an ordered list of items with
 * at most one level of sub-items, pointing to a category, a standing page, a filtered view of the
 * document library, the work schedule or an external address (@/site/navigation/resolve).
 * Editors arrange them; a change shows at once (page cache cleared). Empty menus fall back to
 * the top-level categories (header) and the default links (footer).
 */
const menu = (name: 'header' | 'footer', label: string): ArrayField => ({
  name,
  type: 'array',
  label,
  labels: { singular: 'Mục', plural: 'Mục' },
  maxRows: 20,
  fields: [
    ...navItemFields(),
    {
      name: 'children',
      type: 'array',
      label: 'Mục con (danh sách thả xuống)',
      labels: { singular: 'Mục con', plural: 'Mục con' },
      maxRows: 20,
      fields: navItemFields(),
    },
  ],
})

export const Navigation: GlobalConfig<'navigation'> = {
  slug: 'navigation',
  label: 'Menu',
  admin: { group: 'Nội dung' },
  access: { read: anyone, update: editorsOnly },
  hooks: { afterChange: [revalidateGlobalAfterChange] },
  fields: [menu('header', 'Menu đầu trang'), menu('footer', 'Menu chân trang')],
}
