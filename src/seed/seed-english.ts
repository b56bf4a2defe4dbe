import type { Payload } from 'payload'

import { lexicalDocument, paragraph } from '@/lib/lexical/build'
import type { Page } from '@/payload-types'

import { DEMO_SITE_EN, LEADERS_EN, PAGES_EN, UNITS_EN } from './organisation-en'

const text = (paragraphs: string[]) => lexicalDocument(paragraphs.map(paragraph))

/** The English blocks of a demo page: its text, then the block that page is about. */
function layoutOf(slug: string, units: Map<string, string>): NonNullable<Page['layout']> {
  const page = PAGES_EN[slug]
  const blocks: NonNullable<Page['layout']> = page?.text
    ? [{ blockType: 'richText', content: text(page.text) }]
    : []
  if (slug === 'co-cau-to-chuc')
    blocks.push({ blockType: 'orgChart', heading: 'Organisation chart', showDetails: true })
  if (slug === 'ban-tuyen-giao-va-dan-van')
    blocks.push({ blockType: 'orgChart', rootUnit: units.get('btg'), showDetails: true })
  if (slug === 'lanh-dao') blocks.push({ blockType: 'leaderList', showBiography: true })
  if (slug === 'lien-he')
    blocks.push({
      blockType: 'contact',
      heading: 'Office of the Party Committee',
      note: 'Send news and photos to the editors at the e-mail address above.',
    })
  return blocks
}

/**
 * English versions of the demo organisation section: site settings, pages (one left without, to
 * show the English notice), leaders and units, each published in the `en` locale.
 */
export async function seedEnglish(
  payload: Payload,
  pages: Map<string, string>,
  units: Map<string, string>,
): Promise<void> {
  await payload.updateGlobal({
    slug: 'site',
    locale: 'en',
    data: DEMO_SITE_EN,
    overrideAccess: true,
  })
  const { docs: leaders } = await payload.find({
    collection: 'leaders',
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })
  for (const leader of leaders) {
    const english = LEADERS_EN[leader.slug ?? '']
    if (!english) continue
    await payload.update({
      collection: 'leaders',
      id: leader.id,
      locale: 'en',
      data: {
        position: english.position,
        biography: text(english.biography),
        _status: 'published',
      },
      overrideAccess: true,
    })
  }
  for (const [key, id] of units) {
    const english = UNITS_EN[key]
    if (!english) continue
    const unit = await payload.findByID({ collection: 'units', id, depth: 0, overrideAccess: true })
    await payload.update({
      collection: 'units',
      id,
      locale: 'en',
      data: {
        name: english.name,
        description: english.description,
        head: { name: unit.head?.name, position: english.position },
        _status: 'published',
      },
      overrideAccess: true,
    })
  }
  for (const [slug, { title, description }] of Object.entries(PAGES_EN)) {
    const id = pages.get(slug)
    if (!id) continue
    await payload.update({
      collection: 'pages',
      id,
      locale: 'en',
      data: { title, description, layout: layoutOf(slug, units), _status: 'published' },
      overrideAccess: true,
    })
  }
}
