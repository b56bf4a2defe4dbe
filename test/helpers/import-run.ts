import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Article } from '@/payload-types'

export const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/import-run')

/** Copies the fixtures to `dest` and adds the pictures the HTML page refers to. */
export async function prepareFixtures(dest: string): Promise<string> {
  fs.cpSync(fixtureDir, dest, { recursive: true })
  const images = path.join(dest, 'trang-web', 'anh')
  fs.mkdirSync(images, { recursive: true })
  const picture = (r: number, g: number, b: number) =>
    sharp({ create: { width: 640, height: 400, channels: 3, background: { r, g, b } } })
  await picture(180, 40, 40).jpeg().toFile(path.join(images, 'thi-sinh.jpg'))
  await picture(40, 120, 200).png().toFile(path.join(images, 'trao-giai.png'))
  // Named like a photo, but it is not one: the upload validation must refuse it.
  fs.writeFileSync(path.join(images, 'hong.jpg'), 'không phải ảnh')
  return dest
}

export interface BlockNode {
  type: string
  tag?: string
  text?: string
  fields?: Record<string, unknown>
  children?: BlockNode[]
}

export function nodes(article: Article): BlockNode[] {
  return (article.body?.root.children ?? []) as unknown as BlockNode[]
}

export function blocks(article: Article, blockType: string): Array<Record<string, unknown>> {
  return nodes(article)
    .filter((n) => n.type === 'block' && n.fields?.blockType === blockType)
    .map((n) => n.fields as Record<string, unknown>)
}

export async function allArticles(payload: Payload): Promise<Article[]> {
  const { docs } = await payload.find({
    collection: 'articles',
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    sort: 'title',
  })
  return docs
}

export async function count(
  payload: Payload,
  collection: 'articles' | 'media' | 'authors',
): Promise<number> {
  return (await payload.count({ collection, overrideAccess: true })).totalDocs
}

export const byTitle = (articles: Article[], start: string): Article => {
  const found = articles.find((a) => a.title.startsWith(start))
  if (!found) throw new Error(`no article titled ${start}…`)
  return found
}
