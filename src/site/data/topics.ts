/**
 * Topics (chuyên đề) as the public sees them: published topics only, their articles the union
 * of the hand-picked list and the tag rule (published articles only, newest first), the topics
 * an article belongs to, and the featured strip of the home page.
 */
import type { Where } from 'payload'
import { cache } from 'react'

import type { Article, Media, Topic } from '@/payload-types'

import { type CardPage, listCards } from './cards'
import { and, payloadClient, PUBLISHED } from './client'

const idsOf = (values: unknown): string[] =>
  Array.isArray(values)
    ? values
        .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? String(v.id) : ''))
        .filter(Boolean)
    : []

export interface PublicTopic {
  topic: Topic
  banner: Media | null
}

/** The published topic at `slug`, with its banner (readable: a published topic's banner is public). */
export const getTopicBySlug = cache(async (slug: string): Promise<PublicTopic | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    where: and(PUBLISHED, { slug: { equals: slug } }),
    depth: 0,
    limit: 1,
    overrideAccess: false,
  })
  const topic = docs[0]
  if (!topic) return null
  return { topic, banner: await bannerOf(topic) }
})

async function bannerOf(topic: Topic): Promise<Media | null> {
  const id = idsOf([topic.banner])[0]
  if (!id) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** Which articles a topic holds: the hand-picked ones or any carrying one of the rule's tags. */
export function topicArticlesWhere(topic: Pick<Topic, 'articles' | 'tags'>): Where | null {
  const picked = idsOf(topic.articles)
  const tags = idsOf(topic.tags)
  const parts: Where[] = []
  if (picked.length) parts.push({ id: { in: picked } })
  if (tags.length) parts.push({ tags: { in: tags } })
  return parts.length ? { or: parts } : null
}

/** One page of a topic's published articles, newest first; one query, so no duplicates. */
export async function topicArticles(
  topic: Pick<Topic, 'articles' | 'tags'>,
  page: number,
  limit = 12,
): Promise<CardPage> {
  const where = topicArticlesWhere(topic)
  if (!where) return { docs: [], page: 1, totalPages: 0, totalDocs: 0 }
  return listCards({ where, page, limit })
}

export type TopicLink = Pick<Topic, 'id' | 'title' | 'slug'>

/** Published topics that list `article`, by hand or through one of its tags. */
export async function topicsOfArticle(article: Pick<Article, 'id' | 'tags'>): Promise<TopicLink[]> {
  const payload = await payloadClient()
  const tags = idsOf(article.tags)
  const member: Where[] = [{ articles: { in: [article.id] } }]
  if (tags.length) member.push({ tags: { in: tags } })
  const { docs } = await payload.find({
    collection: 'topics',
    where: and(PUBLISHED, { or: member }),
    select: { title: true, slug: true },
    sort: ['order', 'title'],
    depth: 0,
    limit: 20,
    overrideAccess: false,
  })
  return docs
}

/** The home page's strip: featured published topics in the editors' order, with banners. */
export async function featuredTopics(limit = 6): Promise<PublicTopic[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    where: and(PUBLISHED, { featured: { equals: true } }),
    sort: ['order', '-updatedAt'],
    depth: 0,
    limit,
    overrideAccess: false,
  })
  return Promise.all(docs.map(async (topic) => ({ topic, banner: await bannerOf(topic) })))
}
