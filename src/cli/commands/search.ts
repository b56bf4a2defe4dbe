import { parseArgs } from 'node:util'

import { decodeHTML } from 'entities'

import { relaxedNotice } from '@/search/query/relax'
import type { SearchResult } from '@/search/types'

/** Hits carry escaped HTML with <mark> around matches; the terminal gets plain text. */
const stripMarks = (html: string) => decodeHTML(html.replace(/<\/?mark>/g, ''))

function printHuman(result: SearchResult): void {
  const note = result.decodedFrom ? ` (đã hiểu là "${result.query}")` : ''
  console.log(
    `${result.totalIsLowerBound ? 'hơn ' : ''}${result.total} kết quả${note} trong ${result.tookMs.toFixed(1)} ms`,
  )
  if (result.unusedWords?.length) console.log(relaxedNotice(result.query, result.unusedWords))
  if (result.didYouMean) console.log(`Có phải bạn muốn tìm: ${result.didYouMean}`)
  result.hits.forEach((hit, i) => {
    console.log(
      `\n${i + 1}. ${stripMarks(hit.titleHighlighted || hit.title)}  [${hit.kind}, ${hit.publishedAt.slice(0, 10)}]`,
    )
    console.log(`   ${hit.url}`)
    if (hit.snippet) console.log(`   ${stripMarks(hit.snippet)}`)
  })
}

/** `cms search "<query>" [--limit N] [--json]`: the same search the site and API use. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      limit: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
    },
  })
  const q = positionals.join(' ').trim()
  const limit = Number(values.limit)
  if (!q || !Number.isInteger(limit) || limit < 1 || limit > 50) {
    console.error('Usage: cms search "<query>" [--limit 1-50] [--json]')
    return 2
  }
  const { searchArticles } = await import('@/search/service')
  const { closeSearchEngine } = await import('@/search/engine')
  try {
    const result = await searchArticles({ q, limit })
    if (values.json) {
      const hits = result.hits.map(({ id, slug, title, kind, publishedAt, snippet }) => ({
        id,
        slug,
        title,
        kind,
        publishedAt,
        snippet,
      }))
      console.log(
        JSON.stringify({ query: result.query, total: result.total, tookMs: result.tookMs, hits }),
      )
    } else {
      printHuman(result)
    }
    return 0
  } finally {
    await closeSearchEngine()
  }
}
