// Entry point: legacy article text or html → ParsedArticle. Pure: no I/O besides hashing.
import { detectEncoding, toUnicode } from '@/import/encoding/index'

import { classifyUnits } from './body'
import { parseByline } from './byline'
import { stripChrome } from './chrome'
import { parseDateLine, parseLeadDate } from './dates'
import { detectDocument } from './document'
import { articleFingerprint } from './fingerprint'
import { analyseHeader } from './header'
import { extractHtml } from './html'
import { mergeTurns, parseTurnStart } from './interview'
import { textToLines } from './lines'
import { repairLine } from './repair'
import type { ParsedArticle, ParsedBodyBlock, ParsedPhoto, ParseInput, SourceLine } from './types'
import { toUnits } from './units'

export type { ParsedArticle, ParseInput } from './types'

function decodeLines(input: ParseInput): {
  lines: SourceLine[]
  title?: string
  publishedAt?: string
  encoding: ParsedArticle['encoding']
} {
  const raw = input.format === 'html' ? extractHtml(input.text) : { lines: textToLines(input.text) }
  const sample = [raw.title ?? '', ...raw.lines.map((l) => `${l.text} ${l.alt ?? ''}`)].join('\n')
  const encoding = detectEncoding(sample)
  const fix = (s: string): string => repairLine(toUnicode(s, encoding))
  const lines = raw.lines.map((l) => ({
    ...l,
    text: l.blank ? l.text : fix(l.text),
    alt: l.alt && fix(l.alt),
  }))
  return { ...raw, lines: stripChrome(lines), title: raw.title && fix(raw.title), encoding }
}

function isInterview(texts: string[]): boolean {
  const turns = texts.map((t) => parseTurnStart(t)).filter((t) => t !== undefined)
  const questions = turns.filter((t) => t.isQuestion).length
  return questions >= 2 || (questions >= 1 && turns.length > questions)
}

function blockText(b: ParsedBodyBlock): string {
  if (b.type === 'paragraph' || b.type === 'heading') return b.text
  if (b.type === 'list') return b.items.join('\n')
  if (b.type === 'interview') return b.turns.map((t) => `${t.speaker}: ${t.text}`).join('\n\n')
  return ''
}

export function parseLegacyArticle(input: ParseInput): ParsedArticle {
  const warnings: string[] = []
  const src = decodeLines(input)
  const pos = src.lines.flatMap((l, i) => (l.blank ? [] : [i]))
  const content = pos.map((i) => src.lines[i]?.text ?? '')
  const slice = (from: number, to: number): SourceLine[] =>
    src.lines.slice(pos[from] ?? src.lines.length, pos[to] ?? src.lines.length)

  const doc = detectDocument(content)
  const header = doc ? undefined : analyseHeader(content, src.title)
  const byline = doc
    ? undefined
    : parseByline(content.slice(Math.max(header?.bodyStart ?? 0, content.length - 3)))
  warnings.push(...(byline?.warnings ?? []))
  const bodyStart = doc?.bodyStart ?? header?.bodyStart ?? 0
  const bodyEnd = doc?.bodyEnd ?? content.length - (byline?.consumed ?? 0)

  // A standalone date line inside the body is a late dateline, never a paragraph.
  let dateline = header?.dateline
  const bodyLines = slice(bodyStart, bodyEnd).filter((l) => {
    const d = l.blank ? undefined : parseDateLine(l.text)
    if (d) dateline ??= d
    return !d
  })
  const kind: ParsedArticle['kind'] = doc
    ? 'document'
    : isInterview(content.slice(bodyStart, bodyEnd))
      ? 'interview'
      : 'news'
  let body = classifyUnits(toUnits(bodyLines), kind === 'interview')

  let sapo = header?.sapo
  const first = body[0]
  if (sapo && first?.type === 'paragraph' && first.text === sapo) body = body.slice(1)
  else if (
    !sapo &&
    kind === 'news' &&
    first?.type === 'paragraph' &&
    first.text.length >= 40 &&
    first.text.length <= 800
  ) {
    sapo = first.text
    body = body.slice(1)
  }

  let publishedAt = src.publishedAt ?? dateline
  if (!publishedAt && input.format === 'html' && header?.crawlDates[0])
    publishedAt = header.crawlDates[0]
  if (!publishedAt && doc?.fields.issuedAt) publishedAt = `${doc.fields.issuedAt}T00:00:00+07:00`
  if (!publishedAt) {
    const whole = content.join('\n')
    const leads = [
      sapo ?? '',
      ...body
        .filter((b) => b.type === 'paragraph')
        .slice(0, 3)
        .map((b) => blockText(b)),
    ]
    const lead = leads.map((p) => parseLeadDate(p, whole)).find((d) => d !== undefined)
    publishedAt = lead?.iso
    if (lead?.guessedYear) warnings.push(`publishedAt: year inferred from the text (${lead.iso})`)
  }
  if (header?.crawlDates.length && publishedAt !== header.crawlDates[0]) {
    warnings.push(`ignored crawl date above the title: ${header.crawlDates.join(', ')}`)
  }
  if (!publishedAt) warnings.push('publishedAt: no article date found')

  const photos: ParsedPhoto[] = []
  body.forEach((b, position) => {
    if (b.type === 'photo')
      photos.push({ caption: b.caption, credit: b.credit, src: b.src, position })
  })
  const interview = mergeTurns(body.flatMap((b) => (b.type === 'interview' ? b.turns : [])))
  const title = doc?.title ?? header?.title ?? ''
  if (!title) warnings.push('title: none found')
  const bodyText = body.map(blockText).filter(Boolean).join('\n\n')

  return {
    title,
    category: header?.category,
    kind,
    publishedAt,
    sapo,
    authors: byline?.authors ?? [],
    source: byline?.source,
    photos,
    interview,
    document: doc?.fields,
    body,
    bodyText,
    encoding: src.encoding,
    fingerprint: articleFingerprint(title, bodyText),
    warnings,
  }
}
