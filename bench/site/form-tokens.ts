/**
 * What the readers' form tokens cost cached article pages: a cached article with comments open
 * gets a fresh signed token written into its form on every response (src/server/form-token-slots.ts);
 * with comments closed the same article has no form and is sent as it is kept. Requests per
 * second for both, alternating, in one run.
 *
 *   npx tsx --conditions=production bench/site/form-tokens.ts [--seconds 8] [--connections 20] [--rounds 3]
 *
 * Starts the production server on a throwaway demo database (as throughput.ts does) and closes
 * or opens comments site-wide through the Local API between measurements (the feedback
 * settings, which clear the page cache; a warm-up request renders the page again). Also times
 * the filling itself in-process on the page's kept bytes. Target: tokens cost < 10%.
 */
import autocannon from 'autocannon'

import { issueFormToken } from '@/feedback/form-token'
import { fillTokenSlots, hasTokenSlot } from '@/server/form-token-slots'

import { startDemoServer } from '../../test/helpers/e2e/server'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const seconds = Number(arg('seconds', '8'))
const connections = Number(arg('connections', '20'))
const rounds = Number(arg('rounds', '3'))
const ARTICLE =
  '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam'

const running = await startDemoServer(0)
const url = running.url + ARTICLE

async function setComments(open: boolean): Promise<number> {
  await running.payload.updateGlobal({
    slug: 'feedback-settings',
    data: { commentsClosed: !open },
    overrideAccess: true,
  })
  // Until the page shows (or stops showing) the form, then once more to be sure it is kept.
  for (let i = 0; i < 100; i++) {
    const html = await (await fetch(url)).text()
    if (html.includes('action="/gui-y-kien') === open) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  // Start-up jobs (the seed's index writes) may still clear the cache: wait for a steady hit.
  let size = 0
  for (let i = 0; ; i++) {
    const res = await fetch(url)
    size = (await res.arrayBuffer()).byteLength
    if (res.headers.get('x-page-cache') === 'HIT') break
    if (i > 100) throw new Error(`${url} is not a page-cache hit`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return size
}

async function measure(): Promise<number> {
  await autocannon({ url, connections, duration: 2 })
  const result = await autocannon({ url, connections, duration: seconds })
  if (result.errors + result.non2xx) throw new Error(`${url}: ${result.non2xx} non-2xx`)
  return result.requests.average
}

/** µs per fillTokenSlots call on the page as the cache keeps it. */
function fillCost(body: Buffer): number {
  // As the page cache does: a token bound to the reader's network per slot.
  const issue = () => issueFormToken(Date.now(), undefined, '203.0.113.0/24')
  const n = 20_000
  for (let i = 0; i < 2000; i++) fillTokenSlots(body, issue)
  const started = process.hrtime.bigint()
  for (let i = 0; i < n; i++) fillTokenSlots(body, issue)
  return Number(process.hrtime.bigint() - started) / 1000 / n
}

try {
  console.log(
    `autocannon: ${connections} connections, ${seconds} s per measurement, ${rounds} rounds open/closed`,
  )
  const sums = { open: 0, closed: 0 }
  let sizes = { open: 0, closed: 0 }
  for (let r = 0; r < rounds; r++) {
    sizes = { ...sizes, open: await setComments(true) }
    const open = await measure()
    sizes = { ...sizes, closed: await setComments(false) }
    const closed = await measure()
    sums.open += open
    sums.closed += closed
    console.log(
      `round ${r + 1}: comments open ${open.toFixed(0)} req/s, closed ${closed.toFixed(0)} req/s`,
    )
  }
  await setComments(true)
  // The kept page: the response minus its token is close enough for timing the scan and copy.
  const html = Buffer.from(await (await fetch(url)).arrayBuffer())
  const kept = Buffer.from(
    html
      .toString('utf8')
      .replace(/value="[0-9a-z]{1,12}\.[\w-]{22}\.[\w-]{43}"/g, 'value="__PORTAL_FORM_TOKEN__"'),
  )
  if (!hasTokenSlot(kept)) throw new Error('no token slot found in the article page')
  const cost = (1 - sums.open / sums.closed) * 100
  console.log(
    `article open ${(sums.open / rounds).toFixed(0)} req/s (${(sizes.open / 1024).toFixed(1)} KiB)  ` +
      `closed ${(sums.closed / rounds).toFixed(0)} req/s (${(sizes.closed / 1024).toFixed(1)} KiB)  ` +
      `ratio ${(sums.open / sums.closed).toFixed(3)}  cost ${cost.toFixed(1)}%`,
  )
  console.log(`fillTokenSlots on the kept page: ${fillCost(kept).toFixed(1)} µs per response`)
} finally {
  await running.payload.updateGlobal({
    slug: 'feedback-settings',
    data: { commentsClosed: false },
    overrideAccess: true,
  })
  await running.close()
}
process.exit(0)
