import type { Payload } from 'payload'

import { bulletList, heading, lexicalDocument, paragraph } from '@/lib/lexical/build'
import type { Navigation, Page } from '@/payload-types'

import {
  DEMO_BIOGRAPHIES,
  DEMO_EXTRA_LEADER,
  DEMO_UNITS,
  FUNCTIONS,
  HISTORY,
  INTRO,
  PROPAGANDA,
} from './organisation'
import { demoPortrait } from './portraits'
import { seedEnglish } from './seed-english'
import type { Taxonomy } from './seed-taxonomy'

const text = (paragraphs: string[]) => lexicalDocument(paragraphs.map(paragraph))

/** Leaders' portraits and biographies, one more leader, the units of the organisation chart. */
async function seedPeopleAndUnits(payload: Payload): Promise<Map<string, string>> {
  const { docs: leaders } = await payload.find({
    collection: 'leaders',
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })
  const extra = await payload.create({
    collection: 'leaders',
    data: {
      ...DEMO_EXTRA_LEADER,
      biography: text(DEMO_EXTRA_LEADER.biography),
      _status: 'published',
    },
    overrideAccess: true,
  })
  for (const [i, leader] of [...leaders, extra].entries()) {
    const data = await demoPortrait(i)
    const photo = await payload.create({
      collection: 'media',
      data: { alt: `Chân dung đồng chí ${leader.name}`, caption: leader.name },
      file: { data, mimetype: 'image/jpeg', name: `chan-dung-${i + 1}.jpg`, size: data.length },
      overrideAccess: true,
    })
    const bio = DEMO_BIOGRAPHIES[leader.slug ?? '']
    await payload.update({
      collection: 'leaders',
      id: leader.id,
      data: { photo: photo.id, ...(bio ? { biography: text(bio) } : {}), _status: 'published' },
      overrideAccess: true,
    })
  }
  const units = new Map<string, string>()
  for (const { key, parent, ...unit } of DEMO_UNITS) {
    const created = await payload.create({
      collection: 'units',
      data: { ...unit, parent: parent ? units.get(parent) : undefined, _status: 'published' },
      overrideAccess: true,
    })
    units.set(key, created.id)
  }
  return units
}

type PageData = Pick<Page, 'title'> & Partial<Pick<Page, 'description' | 'order' | 'layout'>>

/** The organisation pages, each published; returns their ids by slug. */
async function seedPages(payload: Payload, units: Map<string, string>) {
  const ids = new Map<string, string>()
  const page = async (slug: string, data: PageData, parent?: string) => {
    const created = await payload.create({
      collection: 'pages',
      data: { ...data, slug, parent: parent ? ids.get(parent) : undefined, _status: 'published' },
      overrideAccess: true,
    })
    ids.set(slug, created.id)
  }
  await page('gioi-thieu', {
    title: 'Giới thiệu',
    description: 'Giới thiệu chung về Đảng bộ Khối các cơ quan tỉnh.',
    layout: [{ blockType: 'richText', content: text(INTRO) }],
  })
  await page(
    'chuc-nang-nhiem-vu',
    {
      title: 'Chức năng, nhiệm vụ',
      order: 1,
      layout: [
        {
          blockType: 'richText',
          content: lexicalDocument([
            paragraph(FUNCTIONS.intro),
            heading('Nhiệm vụ chủ yếu'),
            bulletList(FUNCTIONS.duties),
          ]),
        },
      ],
    },
    'gioi-thieu',
  )
  await page(
    'co-cau-to-chuc',
    {
      title: 'Cơ cấu tổ chức',
      order: 2,
      layout: [
        {
          blockType: 'richText',
          content: text(['Bộ máy giúp việc của Đảng ủy Khối gồm các ban và Văn phòng.']),
        },
        { blockType: 'orgChart', heading: 'Sơ đồ tổ chức', showDetails: true },
      ],
    },
    'gioi-thieu',
  )
  await page(
    'ban-tuyen-giao-va-dan-van',
    {
      title: 'Ban Tuyên giáo và Dân vận',
      order: 1,
      layout: [
        { blockType: 'richText', content: text(PROPAGANDA) },
        { blockType: 'orgChart', rootUnit: units.get('btg'), showDetails: true },
      ],
    },
    'co-cau-to-chuc',
  )
  await page(
    'lanh-dao',
    {
      title: 'Lãnh đạo Đảng ủy Khối',
      order: 3,
      layout: [{ blockType: 'leaderList', showBiography: true }],
    },
    'gioi-thieu',
  )
  await page(
    'lich-su-hinh-thanh',
    {
      title: 'Lịch sử hình thành',
      order: 4,
      layout: [{ blockType: 'richText', content: text(HISTORY) }],
    },
    'gioi-thieu',
  )
  await page(
    'lien-he',
    {
      title: 'Liên hệ',
      order: 5,
      layout: [
        {
          blockType: 'contact',
          heading: 'Văn phòng Đảng ủy Khối',
          note: 'Tin bài, ảnh gửi Ban biên tập qua địa chỉ email trên.',
        },
      ],
    },
    'gioi-thieu',
  )
  return ids
}

/** The header and footer menus: the organisation pages, categories, documents, the schedule. */
function demoNavigation(pages: Map<string, string>, taxonomy: Taxonomy): Partial<Navigation> {
  const category = (slug: string) => ({
    kind: 'category' as const,
    category: taxonomy.categories.get(slug),
  })
  const page = (slug: string, label?: string) => ({
    kind: 'page' as const,
    page: pages.get(slug),
    label,
  })
  return {
    header: [
      {
        ...page('gioi-thieu'),
        children: [
          page('chuc-nang-nhiem-vu'),
          page('co-cau-to-chuc'),
          page('lanh-dao', 'Lãnh đạo'),
          page('lien-he'),
        ],
      },
      category('tin-tuc-su-kien'),
      category('xay-dung-dang'),
      category('hoat-dong-dang-uy-khoi'),
      {
        ...category('van-ban'),
        children: [
          { kind: 'documents', label: 'Thư viện văn bản' },
          { kind: 'documents', label: 'Nghị quyết', docType: 'nghi_quyet' },
          { kind: 'documents', label: 'Kết luận', docType: 'ket_luan' },
        ],
      },
      category('thu-vien-anh'),
      { kind: 'schedule' },
    ],
    footer: [
      page('gioi-thieu'),
      page('lien-he'),
      { kind: 'documents' },
      { kind: 'schedule' },
      { kind: 'external', label: 'Tìm kiếm', url: '/tim-kiem' },
      { kind: 'external', label: 'Tin mới qua RSS', url: '/rss.xml' },
    ],
  }
}

/** The organisation section in Vietnamese and English, and the menus; returns how many pages. */
export async function seedOrganisation(payload: Payload, taxonomy: Taxonomy): Promise<number> {
  const units = await seedPeopleAndUnits(payload)
  const pages = await seedPages(payload, units)
  await seedEnglish(payload, pages, units)
  await payload.updateGlobal({
    slug: 'navigation',
    data: demoNavigation(pages, taxonomy),
    overrideAccess: true,
  })
  return pages.size
}
