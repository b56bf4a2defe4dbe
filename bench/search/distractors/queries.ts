/**
 * Generated queries for the overlap and latency measurements: 2–4 words as readers type them,
 * drawn from generated articles (a run of words from a title, lead or body; a person's name; a
 * body with a topic), half typed without diacritics. Seeded, so every run asks the same.
 */
import { foldVietnamese } from '@/search/vietnamese/fold'

import type { Distractors } from './generate'
import { draw, mulberry32, streamSeed } from './random'
import { TOPICS } from './vocabulary'

const WORD = /[\p{L}\p{N}]+/gu

function words(text: string): string[] {
  return text.match(WORD) ?? []
}

export function generatedQueries(
  corpus: Distractors,
  size: number,
  count: number,
  seed = 7,
): string[] {
  const d = draw(mulberry32(streamSeed(seed, 0x9e37)))
  const out: string[] = []
  while (out.length < count) {
    const a = corpus.article(d.int(0, size - 1))
    const r = d.random()
    let q: string
    if (r < 0.15) {
      // A person: a byline, a credit or an official named in the text.
      q = d.chance(0.5) ? d.one([...a.credits, ...a.authors]) : d.one(corpus.people.officials)
    } else if (r < 0.25) {
      q = `${d.one(words(a.title).slice(0, 3)) ?? ''} ${d.one(TOPICS)}`
    } else {
      const source = d.one([a.title, a.sapo, a.body, a.body])
      const w = words(source)
      const len = d.int(2, 4)
      const start = d.int(0, Math.max(0, w.length - len))
      q = w.slice(start, start + len).join(' ')
    }
    const n = words(q).length
    if (n < 2 || n > 4) continue
    q = q.toLowerCase()
    if (out.length % 2 === 1) q = foldVietnamese(q)
    out.push(q)
  }
  return out
}
