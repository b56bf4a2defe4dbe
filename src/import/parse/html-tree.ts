// Legacy article pages → a small element tree for the extractor (html.ts). The pages are Word
// "Save as Web Page" exports, nested layout tables, unclosed <p>/<td>/<table>, stray end tags and
// hand-typed entities, so the tree comes from parse5, the WHATWG parser behind jsdom: it builds
// the tree a browser builds (implied cells and rows, end tags ignored outside their scope, `</br>`
// as a line break, Windows-1252 numeric references, the attribute rule for `&sect=2` in URLs).
// htmlparser2 + entities is faster but does not build spec trees, and spec trees are the point:
// what the reader saw in a browser is what the importer keeps. parse5 is 2–3× slower than the
// hand-written builder it replaced (about 0.3 ms for an article page, 0.25 s for a 1 MiB Word
// export: bench/import/html-parse.ts, BENCHMARKS.md), which a one-off CLI import can afford.
// Text and attribute values come out decoded; comments (Word's `<!--[if gte mso 9]>` blocks) and
// doctypes are dropped; a <template>'s content is left out as it is not rendered.
import { type DefaultTreeAdapterTypes as P, parse } from 'parse5'

export interface HtmlElement {
  /** lower-case tag name, e.g. `p`, `td`, Word's `o:p` */
  tag: string
  attrs: Record<string, string>
  children: HtmlNode[]
}
/** An element or a run of decoded text. */
export type HtmlNode = HtmlElement | string

function convert(node: P.ParentNode, tag: string, attrs: Record<string, string>): HtmlElement {
  const el: HtmlElement = { tag, attrs, children: [] }
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') el.children.push((child as P.TextNode).value)
    else if ('tagName' in child) {
      const own: Record<string, string> = {}
      for (const a of child.attrs) own[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value
      el.children.push(convert(child, child.tagName.toLowerCase(), own))
    }
  }
  return el
}

/** The whole page under a `#root` element; never throws, whatever the markup. */
export function parseHtml(html: string): HtmlElement {
  return convert(parse(html), '#root', {})
}

export function textOf(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('')
}

export function findAll(
  node: HtmlElement,
  pred: (el: HtmlElement) => boolean,
  out: HtmlElement[] = [],
): HtmlElement[] {
  for (const child of node.children) {
    if (typeof child === 'string') continue
    if (pred(child)) out.push(child)
    findAll(child, pred, out)
  }
  return out
}
