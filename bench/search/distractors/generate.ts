/**
 * Distractor articles for the relevance and scale benchmarks: conference reports with photo
 * captions and credits, interviews, official documents with number, issuing body and signer,
 * photo stories and features, written from the lists in vocabulary.ts in the style of a
 * provincial Party committee portal, dated evenly over ten years in index order (a reindex
 * writes an archive oldest first). Article i depends only on (seed, i, count), never on what was
 * generated before, so every engine gets the same text for the same index.
 */
import type { SearchDocument, SearchKind } from '@/search/types'

import { makePeople, type People } from './people'
import { type Draw, draw, mulberry32, streamSeed } from './random'
import { NOTHING_RESERVED, type ReservedAnswers, reservedChecker } from './reserved'
import {
  ANSWER_OPENINGS,
  AWARDS,
  BODIES,
  CAPTION_SCENES,
  DOCUMENT_KINDS,
  EVENTS,
  GOALS,
  LOCALITIES,
  PERIODS,
  POSITIONS,
  PROVINCES,
  QUESTIONS,
  RESULTS,
  SIGNING_LINES,
  STRESSES,
  TOPICS,
  UNITS,
  VERBS,
} from './vocabulary'

export interface DistractorOptions {
  seed?: number
  /** How many articles the corpus will hold: dates are spread evenly over the span. */
  count: number
  /** First and last publication instants (ISO); ten years by default. */
  from?: string
  to?: string
  /** Names (and body names) that must keep a single right answer: see people.ts. */
  exclude?: readonly string[]
  /** Numbers, title subjects and sentences left to the fixtures: see reserved.ts. */
  reserved?: ReservedAnswers
}

/** Redraws of one article before giving up (a reserved run the vocabulary always produces). */
const MAX_REDRAWS = 64

export const DEFAULT_FROM = '2016-11-01T00:00:00+07:00'
export const DEFAULT_TO = '2026-11-01T00:00:00+07:00'

/** The article kinds generated; readers' answered questions (kind `question`) are not. */
type GeneratedKind = Exclude<SearchKind, 'question'>

const KINDS: ReadonlyArray<[GeneratedKind, number]> = [
  ['news', 0.5],
  ['feature', 0.15],
  ['document', 0.15],
  ['interview', 0.08],
  ['photo', 0.12],
]

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const pad2 = (n: number): string => String(n).padStart(2, '0')

/** Vietnam-time calendar parts of an instant. */
function vnDate(ms: number) {
  const d = new Date(ms + 7 * 3_600_000)
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() }
}

export interface Distractors {
  article: (i: number) => SearchDocument
  people: People
}

export function makeDistractors(options: DistractorOptions): Distractors {
  const seed = options.seed ?? 42
  const from = Date.parse(options.from ?? DEFAULT_FROM)
  const to = Date.parse(options.to ?? DEFAULT_TO)
  const people = makePeople(seed, options.exclude)
  const step = (to - from) / Math.max(1, options.count)
  const takes = reservedChecker(options.reserved ?? NOTHING_RESERVED)

  // An article that would take a fixture's answer (its number, its subject as a title, its
  // sentence) is drawn again from a stream of its own, so article i still depends only on
  // (seed, i, count); the first draw is unchanged, so most of the corpus is too.
  function article(i: number): SearchDocument {
    for (let attempt = 0; attempt < MAX_REDRAWS; attempt++) {
      const a = attemptAt(i, attempt === 0 ? seed : streamSeed(seed, 0x7e5e7000 + attempt))
      if (takes(a) === null) return a
    }
    throw new Error(`distractor ${i}: every redraw takes a fixture's answer`)
  }

  function attemptAt(i: number, stream: number): SearchDocument {
    const d = draw(mulberry32(streamSeed(stream, i)))
    const published = Math.round(from + step * (i + d.random() * 0.9))
    const when = vnDate(published)
    const ctx = context(d, people, when.year)
    const kind = pickKind(d)
    const built = BUILDERS[kind](d, ctx, when)
    const captions = built.captions
    const credits = [...new Set(captions.map((c) => c.slice(c.lastIndexOf('Ảnh: ') + 5)))]
    const authors = d.chance(0.15) ? [d.one(people.staff), d.one(people.staff)] : [ctx.reporter]
    const byline = d.chance(0.3) ? `${authors[0]}, ${d.one(UNITS)}` : authors.join(' - ')
    let body = `${built.body}\n${byline}`
    // Scraping debris as on real portals: the old tone style, and words glued together.
    if (d.chance(0.05)) body = body.replace(/ủy/g, 'uỷ').replace(/hóa/g, 'hoá')
    if (d.chance(0.02)) body = body.replace(/ (và|của|các) /, '$1 ')
    return {
      id: `g-${i}`,
      slug: `bai-${i}`,
      url: `/bai-viet/bai-${i}`,
      title: built.title,
      sapo: built.sapo,
      body,
      captions,
      credits,
      authors: [...new Set(authors)],
      kind,
      categories: [built.category],
      tags: [],
      publishedAt: new Date(published).toISOString(),
      ...(built.doc ?? {}),
    }
  }
  return { article, people }
}

function pickKind(d: Draw): GeneratedKind {
  let r = d.random()
  for (const [kind, p] of KINDS) {
    if (r < p) return kind
    r -= p
  }
  return 'news'
}

/** What one article is about: drawn once, reused by its title, lead, body and captions. */
interface Context {
  org: string
  unit: string
  topic: string
  event: string
  leader: string
  position: string
  reporter: string
  photographer: string
  locality: string
  year: number
  people: People
}

const withProvince = (template: string, province: string): string =>
  template.replace('{p}', province)

function context(d: Draw, people: People, year: number): Context {
  const province = d.common(PROVINCES)
  let org = withProvince(d.common(BODIES), province)
  // An excluded body name (a fixture's committee) stays the fixture's own.
  while (people.excluded(org)) org = withProvince(d.one(BODIES), d.one(PROVINCES))
  return {
    org,
    unit: d.common(UNITS),
    topic: d.common(TOPICS),
    event: d.common(EVENTS),
    leader: d.common(people.officials),
    position: d.common(POSITIONS),
    reporter: d.common(people.staff),
    photographer: d.common(people.staff),
    locality: d.one(LOCALITIES),
    year,
    people,
  }
}

interface Built {
  title: string
  sapo: string
  body: string
  captions: string[]
  category: string
  doc?: Pick<SearchDocument, 'docNumber' | 'issuingBody' | 'signer'>
}

type When = ReturnType<typeof vnDate>

/** One sentence of a meeting report. */
function reportSentence(d: Draw, c: Context, when: When): string {
  const person = (): string => `đồng chí ${d.common(c.people.officials)}, ${d.common(POSITIONS)}`
  switch (d.int(0, 9)) {
    case 0:
      return `Ngày ${when.day}/${when.month}/${when.year}, ${c.org} tổ chức ${c.event} ${c.topic} ${d.one(PERIODS)} ${when.year}.`
    case 1:
      return `Dự ${c.event} có ${person()}; ${person()}.`
    case 2:
      return `Đồng chí ${c.leader}, ${c.position} chủ trì ${c.event}.`
    case 3:
      return `Theo báo cáo, ${d.one(PERIODS)} qua, ${c.org} đã ${d.one(VERBS)} ${d.common(TOPICS)}, ${d.one(RESULTS)}.`
    case 4:
      return `Phát biểu chỉ đạo, đồng chí ${c.leader} ${d.one(STRESSES)} tiếp tục ${d.one(VERBS)} ${c.topic} ${d.one(GOALS)}.`
    case 5:
      return `Toàn Đảng bộ hiện có ${d.int(20, 160)} tổ chức cơ sở đảng với ${d.int(900, 9000)} đảng viên; ${d.int(80, 99)}% chi bộ được đánh giá hoàn thành tốt nhiệm vụ.`
    case 6:
      return `Dịp này, ${c.org} trao ${d.one(AWARDS)} cho ${d.int(2, 40)} tập thể và ${d.int(2, 60)} cá nhân có thành tích xuất sắc trong ${d.common(TOPICS)}.`
    case 7:
      return `Các đại biểu tập trung thảo luận, làm rõ những hạn chế, nguyên nhân và đề xuất giải pháp ${d.one(GOALS)}.`
    case 8:
      return `Tại ${c.locality}, ${c.unit} ${d.one(VERBS)} ${d.common(TOPICS)} gắn với ${d.common(TOPICS)}, ${d.one(RESULTS)}.`
    default:
      return `Hội nghị thống nhất ${d.int(3, 9)} nhóm nhiệm vụ, giải pháp trọng tâm, trong đó chú trọng ${d.common(TOPICS)} và ${d.common(TOPICS)}.`
  }
}

function paragraphs(d: Draw, c: Context, when: When, count: number): string {
  return Array.from({ length: count }, () =>
    Array.from({ length: d.int(2, 4) }, () => reportSentence(d, c, when)).join(' '),
  ).join('\n')
}

function caption(d: Draw, c: Context, credit: string): string {
  const scene = d
    .one(CAPTION_SCENES)
    .replace('{n}', d.chance(0.5) ? c.leader : d.common(c.people.officials))
    .replace('{a}', d.one(AWARDS))
    .replace('{l}', c.locality)
  return `${scene}. Ảnh: ${credit}`
}

function captions(d: Draw, c: Context, lo: number, hi: number): string[] {
  const second = d.chance(0.2) ? d.common(c.people.staff) : c.photographer
  return Array.from({ length: d.int(lo, hi) }, (_, k) =>
    caption(d, c, k % 3 === 2 ? second : c.photographer),
  )
}

const BUILDERS: Record<GeneratedKind, (d: Draw, c: Context, when: When) => Built> = {
  news: (d, c, when) => ({
    title: d.chance(0.5)
      ? `${c.org} ${c.event} ${c.topic} ${d.one(PERIODS)} ${c.year}`
      : cap(`${c.unit} ${d.one(VERBS)} ${c.topic}`),
    sapo: `${cap(d.one(['sáng', 'chiều']))} ${when.day}/${when.month}, ${c.org} tổ chức ${c.event} ${c.topic}. Đồng chí ${c.leader}, ${c.position} dự và chỉ đạo.`,
    body: paragraphs(d, c, when, d.int(4, 8)),
    captions: captions(d, c, 2, 9),
    category: d.one(['hoat-dong-dang-uy-khoi', 'tin-tuc-su-kien', 'xay-dung-dang', 'chinh-quyen']),
  }),
  feature: (d, c, when) => ({
    title: cap(
      `${d.one(['nâng cao chất lượng', 'đổi mới', 'hiệu quả từ'])} ${c.topic} ở ${c.locality}`,
    ),
    sapo: `Những năm qua, ${c.unit} đã ${d.one(VERBS)} ${c.topic}, ${d.one(RESULTS)}.`,
    body: paragraphs(d, c, when, d.int(6, 10)),
    captions: captions(d, c, 1, 4),
    category: d.one(['xay-dung-dang', 'xa-hoi', 'van-hoa']),
  }),
  photo: (d, c, when) => ({
    title: cap(
      `${d.one(['những hình ảnh tại', 'ảnh:', 'toàn cảnh'])} ${c.event} ${c.topic} ${c.year}`,
    ),
    sapo: `${c.org} tổ chức ${c.event} tại ${c.locality}.`,
    body: paragraphs(d, c, when, d.int(1, 2)),
    captions: captions(d, c, 6, 12),
    category: 'thu-vien-anh',
  }),
  interview: (d, c, when) => {
    const speaker = d.chance(0.7) ? c.leader : c.people.anyone(d)
    const turns = Array.from({ length: d.int(3, 5) }, (_, k) => {
      const q = (QUESTIONS[k % QUESTIONS.length] ?? QUESTIONS[0]).replace('{t}', c.topic)
      const first = reportSentence(d, c, when)
      const a = `${d.one(ANSWER_OPENINGS)} ${first.charAt(0).toLowerCase()}${first.slice(1)} ${reportSentence(d, c, when)}`
      return `P.V: ${q}\nĐồng chí ${speaker}: ${a}`
    })
    return {
      title: cap(`${c.topic}: ${d.one(GOALS)}`),
      sapo: `Phóng viên có cuộc trao đổi với đồng chí ${speaker}, ${d.common(POSITIONS)} về ${c.topic}.`,
      body: `${turns.join('\n')}\nP.V: Xin cảm ơn đồng chí!`,
      captions: captions(d, c, 1, 2),
      category: 'phong-van',
    }
  },
  document: (d, c, when) => {
    const kind = d.one(DOCUMENT_KINDS)
    const number = `${d.int(1, 480)}-${kind.code}`
    const signer = d.common(c.people.officials)
    const issuer = d.chance(0.7) ? 'Ban Chấp hành Đảng bộ Khối' : c.org
    const articles = Array.from(
      { length: d.int(3, 6) },
      (_, k) =>
        `${k + 1}. ${cap(d.one(VERBS))} ${d.common(TOPICS)} ${d.one(GOALS)}. ${reportSentence(d, c, when)}`,
    )
    return {
      title: `${kind.name} số ${number} về ${c.topic}`,
      sapo: `${issuer} ban hành ${kind.name.toLowerCase()} về ${c.topic} ${d.one(GOALS)}.`,
      body: [
        `ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH. Số ${number}. ${c.locality === 'thành phố' ? 'Thành phố' : cap(c.locality)}, ngày ${pad2(when.day)} tháng ${pad2(when.month)} năm ${when.year}.`,
        `Căn cứ Điều lệ Đảng; căn cứ Quy chế làm việc của ${issuer} nhiệm kỳ; xét đề nghị của ${c.unit}.`,
        ...articles,
        `${d.one(SIGNING_LINES)}, ${d.one(['BÍ THƯ', 'PHÓ BÍ THƯ'])}. ${signer}.`,
        `Nơi nhận: ${d.one(BODIES).replace('{p}', 'tỉnh')}; các chi bộ, đảng bộ cơ sở; lưu Văn phòng.`,
      ].join('\n'),
      captions: [],
      category: 'van-ban',
      doc: { docNumber: number, issuingBody: issuer, signer },
    }
  },
}
