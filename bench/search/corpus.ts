import type { SearchDocument, SearchKind } from '@/search/types'

import { syllableTail } from './syllables'
import { CONNECTORS, DOC_CODES, NAMES, PHRASES } from './vocabulary'

/** Small deterministic PRNG (mulberry32) so every run indexes the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const KINDS: SearchKind[] = ['news', 'news', 'news', 'feature', 'interview', 'document', 'photo']
const CATEGORIES = [
  'xay-dung-dang',
  'hoat-dong-dang-uy-khoi',
  'van-ban',
  'thu-vien-anh',
  'tin-tuc-su-kien',
]

export function makeCorpus(seed: number) {
  const random = rng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() ** 1.6 * list.length)] as T
  // Zipf-like tail: a few thousand distinct syllables, most of them rare, as in real news text.
  const tail = syllableTail(random, 4000)
  const rare = () =>
    `${tail[Math.floor(random() ** 2.2 * tail.length)]} ${tail[Math.floor(random() ** 2.2 * tail.length)]}`
  const sentence = (words: number): string => {
    const parts: string[] = []
    let count = 0
    while (count < words) {
      const r = random()
      const part = r < 0.45 ? pick(PHRASES) : r < 0.7 ? pick(CONNECTORS) : rare()
      parts.push(part)
      count += part.split(' ').length
    }
    const text = parts.join(' ')
    return text.charAt(0).toUpperCase() + text.slice(1) + '.'
  }
  const docNumber = () => `${1 + Math.floor(random() * 400)}-${pick(DOC_CODES)}`

  function article(i: number): SearchDocument {
    const kind = pick(KINDS)
    const number = kind === 'document' ? docNumber() : undefined
    const title =
      (number ? `Nghị quyết số ${number} về ` : '') +
      sentence(9 + Math.floor(random() * 6)).slice(0, -1)
    const paragraphs = Array.from({ length: 8 }, () =>
      Array.from({ length: 4 }, () => sentence(16)).join(' '),
    )
    // An archive is indexed in publication order (see src/search/sync/source.ts): one article
    // every 40 minutes or so, which spans about 7.6 years at 100k articles.
    const published = Date.UTC(2018, 0, 1) + i * 2_400_000 + Math.floor(random() * 600_000)
    return {
      id: `bench-${i}`,
      slug: `bai-${i}`,
      url: `/bai-viet/bai-${i}`,
      title,
      sapo: sentence(30),
      body: paragraphs.join('\n'),
      captions: [`${sentence(10)}`],
      credits: [pick(NAMES)],
      authors: [pick(NAMES)],
      kind,
      categories: [pick(CATEGORIES)],
      tags: [],
      publishedAt: new Date(published).toISOString(),
      docNumber: number,
      issuingBody: number ? 'Ban Chấp hành Đảng bộ Khối' : undefined,
      signer: number ? pick(NAMES) : undefined,
    }
  }

  /** 2–4 word queries from the same material, half typed without diacritics. */
  function queries(count: number): string[] {
    const out: string[] = []
    for (let i = 0; i < count; i++) {
      const words = sentence(6).slice(0, -1).toLowerCase().split(' ')
      const len = 2 + Math.floor(random() * 3)
      const start = Math.floor(random() * Math.max(1, words.length - len))
      let q = words.slice(start, start + len).join(' ')
      if (i % 2 === 1) q = q.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')
      out.push(q)
    }
    return out
  }

  return { article, queries }
}
