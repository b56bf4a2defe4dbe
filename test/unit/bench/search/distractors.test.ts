// The distractor generator must be deterministic (the same article for the same seed and index,
// whatever else was generated) and realistic in the ways search cares about: names from the
// lists, credits under captions, documents with number and signer, dates over ten years in
// index order, and never a fixture person's name.
import { describe, expect, it } from 'vitest'

import { normalizeText } from '@/search/vietnamese/normalize'

import { makeDistractors } from '../../../../bench/search/distractors/generate'
import { mixed } from '../../../../bench/search/distractors/mix'
import { namesIn } from '../../../../bench/search/distractors/people'
import { generatedQueries } from '../../../../bench/search/distractors/queries'
import {
  reservedAnswers,
  reservedChecker,
  syllables,
} from '../../../../bench/search/distractors/reserved'
import {
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
} from '../../../../bench/search/distractors/vocabulary'
import { DISTRACTOR_RESERVED, FIXTURES } from '../../../../bench/search/fixtures'
import { RELEVANCE_QUERIES } from '../../../../bench/search/relevance-queries'

const N = 2000
const corpus = makeDistractors({ count: N, seed: 42, exclude: ['Thanh Lê', 'Đức Trung'] })
const all = Array.from({ length: N }, (_, i) => corpus.article(i))

describe('distractor generator', () => {
  it('gives the same article for the same seed and index, in any order', () => {
    const again = makeDistractors({ count: N, seed: 42, exclude: ['Thanh Lê', 'Đức Trung'] })
    for (const i of [1999, 0, 777, 5]) expect(again.article(i)).toEqual(all[i])
    const other = makeDistractors({ count: N, seed: 43 })
    expect(other.article(5).body).not.toEqual(all[5]?.body)
  })

  it('draws every person from the name lists', () => {
    const family = new Set<string>(FAMILY_NAMES)
    const middle = new Set<string>(MIDDLE_NAMES)
    const given = new Set<string>(GIVEN_NAMES)
    for (const name of corpus.people.officials) {
      const [f, m, g, ...rest] = name.split(' ')
      expect(rest).toEqual([])
      expect(family.has(f ?? '') && middle.has(m ?? '') && given.has(g ?? '')).toBe(true)
    }
    const known = new Set<string>([...FAMILY_NAMES, ...MIDDLE_NAMES, ...GIVEN_NAMES])
    for (const name of corpus.people.staff) {
      expect(name.split(' ').every((w) => known.has(w))).toBe(true)
    }
    // Common family names are common: Nguyễn leads.
    const counts = new Map<string, number>()
    for (const n of corpus.people.officials) {
      const f = n.split(' ')[0] ?? ''
      counts.set(f, (counts.get(f) ?? 0) + 1)
    }
    expect([...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe('Nguyễn')
  })

  it('ends every caption with a photo credit that is also listed as a credit', () => {
    const withPhotos = all.filter((a) => a.captions.length > 0)
    expect(withPhotos.length).toBeGreaterThan(N * 0.7)
    for (const a of withPhotos) {
      for (const c of a.captions) {
        const credit = /\. Ảnh: (.+)$/.exec(c)?.[1]
        expect(credit).toBeDefined()
        expect(a.credits).toContain(credit)
        expect(corpus.people.staff).toContain(credit)
      }
    }
    // Photo stories carry many photos, mostly by one photographer.
    const photos = all.filter((a) => a.kind === 'photo')
    expect(Math.min(...photos.map((a) => a.captions.length))).toBeGreaterThanOrEqual(6)
  })

  it('gives documents a number, an issuing body and a signer named in the text', () => {
    const docs = all.filter((a) => a.kind === 'document')
    expect(docs.length).toBeGreaterThan(N * 0.1)
    for (const d of docs) {
      expect(d.docNumber).toMatch(/^\d+-[A-ZĐa-zđ]+\/[A-ZĐ]+$/u)
      expect(d.title).toContain(d.docNumber)
      expect(d.issuingBody).toBeTruthy()
      expect(d.body).toContain(`${d.signer}.`)
      expect(d.body).toContain('Nơi nhận:')
    }
  })

  it('writes interviews as questions and answers and signs every article with a byline', () => {
    const interviews = all.filter((a) => a.kind === 'interview')
    expect(interviews.length).toBeGreaterThan(0)
    for (const a of interviews) expect(a.body).toMatch(/^P\.V: .+\nĐồng chí [^:]+: /mu)
    for (const a of all) {
      expect(a.authors.length).toBeGreaterThan(0)
      // Compared in one tone style: some bodies carry the old one (uỷ), as scraped text does.
      expect(normalizeText(a.body.split('\n').at(-1) ?? '')).toContain(
        normalizeText(a.authors[0] ?? ''),
      )
    }
  })

  it('spreads dates over ten years in index order', () => {
    const times = all.map((a) => Date.parse(a.publishedAt))
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] ?? 0)
    const years = new Set(all.map((a) => new Date(a.publishedAt).getUTCFullYear()))
    expect(years.size).toBeGreaterThanOrEqual(10)
    expect(Math.min(...years)).toBe(2016)
    expect(Math.max(...years)).toBe(2026)
  })

  it('never generates an excluded name, while its words stay common', () => {
    const text = all.map((a) => [a.body, ...a.captions, ...a.credits, ...a.authors].join(' '))
    expect(text.some((t) => /Thanh Lê|Đức Trung/u.test(t))).toBe(false)
    expect(text.filter((t) => /\bThanh\b/u.test(t)).length).toBeGreaterThan(N / 10)
    expect(text.filter((t) => /Đức/u.test(t)).length).toBeGreaterThan(N / 10)
  })

  it('finds the fixtures’ people, speakers included, to exclude', () => {
    const names = namesIn(FIXTURES)
    expect(names).toEqual(expect.arrayContaining(['Thanh Lê', 'Lương Thế Khiêm', 'Đinh Công Lộc']))
  })

  it('mixes the fixtures in by date, each once', async () => {
    const out = []
    for await (const page of mixed(FIXTURES, { size: 3000, batch: 500 })) out.push(...page)
    expect(out).toHaveLength(3000 + FIXTURES.length)
    const times = out.map((a) => Date.parse(a.publishedAt))
    for (let i = 1; i < times.length; i++)
      expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0)
    expect(new Set(out.map((a) => a.id)).size).toBe(out.length)
  })

  it('generates 2–4 word queries, half without diacritics, the same every time', () => {
    const qs = generatedQueries(corpus, N, 100)
    expect(generatedQueries(corpus, N, 100)).toEqual(qs)
    for (const q of qs) expect(q.split(' ').length).toBeGreaterThanOrEqual(2)
    for (const q of qs) expect(q.split(' ').length).toBeLessThanOrEqual(4)
    expect(qs.filter((_, i) => i % 2 === 1).every((q) => /^[a-z0-9 ]+$/.test(q))).toBe(true)
  })

  describe('leaves the fixtures’ answers to the fixtures', () => {
    const folded = (t: string) => ` ${syllables(t).join(' ')} `
    const reserved = reservedAnswers(FIXTURES, RELEVANCE_QUERIES)
    const plain = all
    const kept = makeDistractors({
      count: N,
      seed: 42,
      exclude: ['Thanh Lê', 'Đức Trung'],
      reserved,
    })
    const mine = Array.from({ length: N }, (_, i) => kept.article(i))
    const text = (a: (typeof all)[number]) =>
      folded([a.title, a.sapo, a.body, ...a.captions].join(' \n '))

    it('derives numbers, title subjects and sentences from the fixtures and queries', () => {
      expect(DISTRACTOR_RESERVED).toEqual(reserved)
      expect(reserved.numbers).toEqual(
        expect.arrayContaining(['12 nq duk', '87 kl duk', '45 qd duk']),
      )
      // The subjects the queries share with their expected fixture's title…
      expect(reserved.titles).toEqual(
        expect.arrayContaining(['van hoa cong so', 'chuyen doi so', 'sinh hoat chi bo']),
      )
      // …but never a committee, a province or other common vocabulary.
      for (const common of [
        'ban to chuc',
        'ban to chuc tinh uy',
        'dang uy khoi',
        'uy ban nhan dan',
        'quang tri',
        'so ket',
      ])
        expect(reserved.titles).not.toContain(common)
      expect(reserved.sentences).toContain('ban thuong vu dang uy khoi trao giai')
    })

    it('reuses no fixture document number', () => {
      const reservedNumber = (a: (typeof all)[number]) =>
        a.docNumber !== undefined && reserved.numbers.includes(syllables(a.docNumber).join(' '))
      // Without the reservation the generator draws them (so this test can fail)…
      const taken = Array.from({ length: 20000 }, (_, i) => i).filter(
        (i) => corpus.article(i).kind === 'document' && reservedNumber(corpus.article(i)),
      )
      expect(taken.length).toBeGreaterThan(0)
      // …with it, never; other numbers of the same kinds stay.
      for (const i of taken) expect(reservedNumber(kept.article(i))).toBe(false)
      expect(mine.filter(reservedNumber)).toEqual([])
      expect(mine.some((a) => a.docNumber?.endsWith('-NQ/ĐUK'))).toBe(true)
    })

    it('gives no other article a fixture’s subject as its title, while committees stay', () => {
      const titled = (list: typeof all, run: string) =>
        list.filter((a) => folded(a.title).includes(` ${run} `)).length
      for (const run of ['van hoa cong so', 'chuyen doi so', 'cai cach hanh chinh']) {
        expect(titled(plain, run)).toBeGreaterThan(10)
        expect(titled(mine, run)).toBe(0)
        // The words stay common in the text.
        expect(mine.filter((a) => text(a).includes(` ${run} `)).length).toBeGreaterThan(N / 20)
      }
      for (const body of ['ubnd tinh', 'ban to chuc tinh uy', 'dang uy khoi', 'hdnd tinh'])
        expect(titled(mine, body)).toBeGreaterThan(10)
    })

    it('repeats no fixture sentence word for word', () => {
      const sentence = ' ban thuong vu dang uy khoi trao giai '
      expect(plain.filter((a) => text(a).includes(sentence)).length).toBeGreaterThan(5)
      expect(mine.filter((a) => text(a).includes(sentence))).toEqual([])
      const takes = reservedChecker(reserved)
      expect(mine.filter((a) => takes(a) !== null)).toEqual([])
      // The body that says it stays common, and so do award sentences.
      expect(
        mine.filter((a) => text(a).includes(' ban thuong vu dang uy khoi ')).length,
      ).toBeGreaterThan(N / 20)
      expect(mine.filter((a) => text(a).includes(' trao giai ')).length).toBeGreaterThan(N / 50)
    })

    it('keeps most articles as they were and stays deterministic', () => {
      const same = mine.filter((a, i) => a.body === plain[i]?.body).length
      expect(same).toBeGreaterThan(N * 0.6)
      expect(kept.article(1234)).toEqual(mine[1234])
    })
  })
})
