import type { Payload } from 'payload'

import { demoPhoto } from './images'
import { DEMO_AUTHORS, DEMO_CATEGORIES, DEMO_SITE } from './taxonomy'

export interface Taxonomy {
  categories: Map<string, string>
  authors: Map<string, string>
  photos: Array<{ id: string; credit: string }>
}

const PHOTO_CREDITS = ['Thu Hà', 'Thu Hà', 'Quốc Bảo', 'Minh Khuê', 'Hoàng Việt', 'Hoàng Việt']
const PHOTO_CAPTIONS = [
  'Quang cảnh hội nghị',
  'Đồng chí Bí thư Đảng ủy Khối phát biểu',
  'Trao đổi với phóng viên',
  'Sinh hoạt chi bộ chuyên đề',
  'Đảng viên trẻ tham gia lao động',
  'Công trình nhà nhân ái',
]

export async function seedTaxonomy(payload: Payload): Promise<Taxonomy> {
  const categories = new Map<string, string>()
  for (const { parent, ...category } of DEMO_CATEGORIES) {
    const created = await payload.create({
      collection: 'categories',
      data: { ...category, parent: parent ? categories.get(parent) : undefined },
      overrideAccess: true,
    })
    categories.set(category.slug, created.id)
  }
  const authors = new Map<string, string>()
  for (const author of DEMO_AUTHORS) {
    const created = await payload.create({
      collection: 'authors',
      data: author,
      overrideAccess: true,
    })
    authors.set(author.name, created.id)
  }
  const photos: Taxonomy['photos'] = []
  for (const [i, credit] of PHOTO_CREDITS.entries()) {
    const data = await demoPhoto(i)
    const media = await payload.create({
      collection: 'media',
      data: { caption: PHOTO_CAPTIONS[i], alt: PHOTO_CAPTIONS[i], credit },
      file: { data, mimetype: 'image/jpeg', name: `anh-demo-${i + 1}.jpg`, size: data.length },
      overrideAccess: true,
    })
    photos.push({ id: media.id, credit })
  }
  await payload.updateGlobal({
    slug: 'site',
    data: DEMO_SITE,
    overrideAccess: true,
  })
  return { categories, authors, photos }
}
