// Old article page → SourceLine[] for the shared text pipeline, plus what only the markup knows:
// the <h1>/og:title, article:published_time and image sources. The tree (html-tree.ts) comes with
// text and attributes already decoded, so nothing here decodes entities a second time.
import { fromIsoInstant } from './dates'
import { findAll, type HtmlElement, parseHtml, textOf } from './html-tree'
import type { SourceLine } from './types'

export interface HtmlExtract {
  lines: SourceLine[]
  title?: string
  publishedAt?: string
}

const SKIP_TAGS = new Set(
  'script style noscript nav footer aside form iframe button select svg template head'.split(' '),
)
const SKIP_CLASS =
  /(^|[\s_-])(menu|navbar|breadcrumbs?|share|social|relate|related|comments?|sidebar|advert|ads)([\s_-]|$)|banner|tags\b|tin-lien-quan|other-news/i
const BLOCK = new Set(
  'p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption table tr center dd dt'.split(
    ' ',
  ),
)
const CAPTION_CLASS = /caption|desc|chuthich|chu-thich|image-note|note/i

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim()

function meta(root: HtmlElement, key: string): string | undefined {
  const el = findAll(
    root,
    (e) => e.tag === 'meta' && (e.attrs.property === key || e.attrs.name === key),
  )[0]
  return el?.attrs.content ? clean(el.attrs.content) : undefined
}

function isSkipped(el: HtmlElement): boolean {
  if (SKIP_TAGS.has(el.tag)) return true
  // <header> often wraps the article's own <h1> and dateline; drop it only when it does not.
  if (el.tag === 'header')
    return findAll(el, (e) => e.tag === 'h1' || e.tag === 'time').length === 0
  return SKIP_CLASS.test(`${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`)
}

function siteTitle(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  const parts = raw.split(/\s+[|–-]\s+/)
  const last = parts.at(-1) ?? ''
  return parts.length > 1 && last.length <= 40 ? parts.slice(0, -1).join(' - ') : raw
}

export function extractHtml(html: string): HtmlExtract {
  const root = parseHtml(html)
  const article = findAll(root, (e) => e.tag === 'article')[0]
  const scope = article ?? findAll(root, (e) => e.tag === 'body')[0] ?? root
  const h1 = findAll(scope, (e) => e.tag === 'h1')[0] ?? findAll(root, (e) => e.tag === 'h1')[0]
  const titleTag = findAll(root, (e) => e.tag === 'title')[0]
  const title =
    (h1 && clean(textOf(h1))) ||
    meta(root, 'og:title') ||
    siteTitle(titleTag && clean(textOf(titleTag)))
  const timeEl = findAll(scope, (e) => e.tag === 'time' && Boolean(e.attrs.datetime))[0]
  const published = meta(root, 'article:published_time') ?? timeEl?.attrs.datetime

  const lines: SourceLine[] = []
  let buffer = ''
  let hint: SourceLine['hint']
  let afterImage = false
  const flush = (): void => {
    const text = clean(buffer)
    if (text) {
      lines.push(hint ? { text, hint } : { text })
      afterImage = false
    }
    buffer = ''
    hint = undefined
  }

  const walk = (el: HtmlElement, ctx: { caption: boolean }): void => {
    if (isSkipped(el)) return
    if (el.tag === 'br') return flush()
    if (el.tag === 'img') {
      flush()
      const src = el.attrs.src ?? el.attrs['data-src'] ?? ''
      lines.push({
        text: '',
        blank: true,
        placeholder: true,
        src,
        alt: clean(el.attrs.alt ?? '') || undefined,
      })
      afterImage = true
      return
    }
    const block = BLOCK.has(el.tag) || el.tag === 'td' || el.tag === 'th'
    if (block && el.tag !== 'td' && el.tag !== 'th') flush()
    if (el.tag === 'td' || el.tag === 'th') buffer += ' '
    const caption =
      ctx.caption ||
      el.tag === 'figcaption' ||
      CAPTION_CLASS.test(el.attrs.class ?? '') ||
      (afterImage && (el.tag === 'tr' || el.tag === 'td'))
    for (const child of el.children) {
      if (typeof child === 'string') buffer += child
      else walk(child, { caption })
    }
    if (!block) return
    if (el.tag === 'h1') hint = 'title'
    else if (/^h[2-6]$/.test(el.tag)) hint = 'heading'
    else if (el.tag === 'li') hint = 'item'
    if ((caption || (afterImage && onlyEmphasis(el))) && clean(buffer)) hint = 'caption'
    if (el.tag !== 'td' && el.tag !== 'th') flush()
  }
  walk(scope, { caption: false })
  flush()
  return {
    lines: separate(lines),
    title: title || undefined,
    publishedAt: published ? fromIsoInstant(published) : undefined,
  }
}

/** `<p><img><em>Caption</em></p>`: text wrapped only in emphasis right after a picture. */
function onlyEmphasis(el: HtmlElement): boolean {
  if (el.tag !== 'p' && el.tag !== 'div') return false
  const kids = el.children.filter((c) => typeof c !== 'string' || c.trim() !== '')
  const texts = kids.filter((c) => typeof c === 'string' || !['img', 'br'].includes(c.tag))
  return (
    texts.length > 0 && texts.every((c) => typeof c !== 'string' && ['em', 'i'].includes(c.tag))
  )
}

/** Blank line between blocks, as in the txt files, so heading detection sees the gaps. */
function separate(lines: SourceLine[]): SourceLine[] {
  return lines.flatMap((l) => (l.blank ? [l] : [{ text: '', blank: true }, l]))
}
