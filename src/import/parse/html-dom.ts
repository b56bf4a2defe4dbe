// A tolerant HTML tree builder, just enough for old article pages: unclosed <p>/<li>, stray end
// tags, void elements, comments and raw-text elements. It never throws.

export interface HtmlElement {
  tag: string
  attrs: Record<string, string>
  children: HtmlNode[]
  parent?: HtmlElement
}
export type HtmlNode = HtmlElement | string

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
)
const RAW = new Set(['script', 'style', 'textarea', 'noscript', 'svg', 'template'])
/** Opening one of these closes an open <p>, as browsers do. */
const CLOSES_P = new Set(
  'address article aside blockquote div dl figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul'.split(
    ' ',
  ),
)
const TOKEN =
  /<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g
const ATTR = /([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const m of src.matchAll(ATTR)) {
    if (m[1]) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? ''
  }
  return attrs
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] }
  let current = root
  const close = (tag: string): void => {
    for (let el: HtmlElement | undefined = current; el && el !== root; el = el.parent) {
      if (el.tag === tag) {
        current = el.parent ?? root
        return
      }
    }
  }
  TOKEN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TOKEN.exec(html)) !== null) {
    const token = m[0]
    if (token.startsWith('<!') || token.startsWith('<?')) continue
    const tag = m[1]?.toLowerCase()
    if (!tag) {
      current.children.push(token)
      continue
    }
    if (token.startsWith('</')) {
      close(tag)
      continue
    }
    if (CLOSES_P.has(tag)) close('p')
    if (tag === 'li') closeSibling('li', ['ul', 'ol'])
    if (tag === 'tr' || tag === 'td' || tag === 'th') closeSibling(tag, ['table'])
    const el: HtmlElement = { tag, attrs: parseAttrs(m[2] ?? ''), children: [], parent: current }
    current.children.push(el)
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, TOKEN.lastIndex)
      const stop = end < 0 ? html.length : end
      el.children.push(html.slice(TOKEN.lastIndex, stop))
      TOKEN.lastIndex = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length
    } else if (!VOID.has(tag) && !token.endsWith('/>')) current = el
  }
  return root

  /** An open <li>/<td> is closed by the next one inside the same list/table. */
  function closeSibling(tag: string, containers: string[]): void {
    for (let el: HtmlElement | undefined = current; el && el !== root; el = el.parent) {
      if (containers.includes(el.tag)) return
      if (el.tag === tag) {
        current = el.parent ?? root
        return
      }
    }
  }
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
