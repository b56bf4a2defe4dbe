import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'

import { ContactComponent } from './Contact/Component'
import { LeaderListComponent } from './LeaderList/Component'
import { OrgChartComponent } from './OrgChart/Component'
import { RichTextSectionComponent } from './RichTextSection/Component'

/**
 * A standing page's layout, block by block, each typed by its generated interface; `locale` is
 * the page's language, in which the organisation blocks read leaders, units and contacts.
 */
export function PageBlocks({ layout, locale = 'vi' }: { layout: Page['layout']; locale?: Locale }) {
  return (
    <>
      {(layout ?? []).map((block, i) => {
        const key = block.id ?? String(i)
        switch (block.blockType) {
          case 'richText':
            return <RichTextSectionComponent key={key} block={block} />
          case 'leaderList':
            return <LeaderListComponent key={key} block={block} locale={locale} />
          case 'orgChart':
            return <OrgChartComponent key={key} block={block} locale={locale} />
          case 'contact':
            return <ContactComponent key={key} block={block} locale={locale} />
          default:
            return null
        }
      })}
    </>
  )
}
