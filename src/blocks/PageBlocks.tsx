import type { Page } from '@/payload-types'

import { ContactComponent } from './Contact/Component'
import { LeaderListComponent } from './LeaderList/Component'
import { OrgChartComponent } from './OrgChart/Component'
import { RichTextSectionComponent } from './RichTextSection/Component'

/** A standing page's layout, block by block, each typed by its generated interface. */
export function PageBlocks({ layout }: { layout: Page['layout'] }) {
  return (
    <>
      {(layout ?? []).map((block, i) => {
        const key = block.id ?? String(i)
        switch (block.blockType) {
          case 'richText':
            return <RichTextSectionComponent key={key} block={block} />
          case 'leaderList':
            return <LeaderListComponent key={key} block={block} />
          case 'orgChart':
            return <OrgChartComponent key={key} block={block} />
          case 'contact':
            return <ContactComponent key={key} block={block} />
          default:
            return null
        }
      })}
    </>
  )
}
