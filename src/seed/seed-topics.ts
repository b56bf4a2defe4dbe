import type { Payload } from 'payload'

import type { Taxonomy } from './seed-taxonomy'

/** The demo topics: one featured on the home page, one not; each mixes picked articles and tags. */
const DEMO_TOPICS = [
  {
    title: 'Đại hội Đảng bộ các cấp nhiệm kỳ 2025–2030',
    description:
      'Tin bài về công tác chuẩn bị và tổ chức đại hội chi bộ, đảng bộ cơ sở trong Khối các cơ quan tỉnh.',
    featured: true,
    order: 1,
    photo: 0,
    tags: ['Đại hội Đảng', 'Sinh hoạt chi bộ'],
    articles: ['Đảng ủy Khối các cơ quan tỉnh sơ kết công tác xây dựng Đảng 6 tháng đầu năm'],
  },
  {
    title: 'Chuyển đổi số trong các cơ quan Đảng',
    description: 'Nghị quyết, hướng dẫn và kết quả ứng dụng công nghệ số trong công tác Đảng.',
    featured: false,
    order: 2,
    photo: 1,
    tags: ['Chuyển đổi số'],
    articles: ['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cơ sở'],
  },
]

/** Creates the demo topics from the seeded tags and articles; returns how many. */
export async function seedTopics(payload: Payload, taxonomy: Taxonomy): Promise<number> {
  for (const { photo, tags, articles, ...topic } of DEMO_TOPICS) {
    const [tagDocs, articleDocs] = await Promise.all([
      payload.find({
        collection: 'tags',
        where: { name: { in: tags } },
        depth: 0,
        limit: tags.length,
        overrideAccess: true,
      }),
      payload.find({
        collection: 'articles',
        where: { title: { in: articles } },
        depth: 0,
        limit: articles.length,
        overrideAccess: true,
      }),
    ])
    await payload.create({
      collection: 'topics',
      data: {
        ...topic,
        banner: taxonomy.photos[photo]?.id,
        tags: tagDocs.docs.map((t) => t.id),
        articles: articleDocs.docs.map((a) => a.id),
        _status: 'published',
      },
      overrideAccess: true,
    })
  }
  return DEMO_TOPICS.length
}
