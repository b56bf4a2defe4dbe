/**
 * Counts the page views nginx answers from its micro-cache, which never reach the server: the
 * generated configuration (deploy/nginx) logs only those requests, as one syslog datagram each
 * over UDP, to this listener. nginx never waits for a datagram, so counting costs it almost
 * nothing per hit; requests nginx passes on reach the server and are counted there (counter.ts),
 * so each view counts once. A datagram counts only when it comes from an address TRUST_PROXY
 * trusts (nginx) and carries the key (view-log-key.ts); the view follows the same rule as the
 * direct path (page-view.ts).
 *
 * Only one process listens (the one that runs the job queue, JOBS_AUTORUN): its tally is written
 * to the shared database like any other. A lost datagram is one uncounted view, never an error.
 *
 * Cost (bench/site/view-cost.ts, BENCHMARKS.md): Node's own receiving of a datagram is about
 * 6 µs of CPU, more than everything this file and the tally do with it (about 2.5 µs, most of it
 * spared by remembering the verdict on repeated request fields, datagramReader).
 */
import dgram from 'node:dgram'

import type { CountedPage } from './page-kind'
import { candidatePage, countedAnswer, type PageView } from './page-view'
import { keyMatches } from './view-log-key'

type TrustFn = (address: string, hop: number) => boolean

interface LoggedView {
  k?: unknown
  m?: unknown
  u?: unknown
  s?: unknown
  t?: unknown
  a?: unknown
  r?: unknown
  p?: unknown
  q?: unknown
  ip?: unknown
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

const MARK = 'portalview: {'

function parsed(json: string): LoggedView | null {
  try {
    const entry: unknown = JSON.parse(json)
    return entry && typeof entry === 'object' ? (entry as LoggedView) : null
  } catch {
    return null
  }
}

/** The page an entry nginx logged counts as, or null (wrong key, or not a view). */
function pageOf(entry: LoggedView | null, key: string): CountedPage | null {
  if (!entry || !keyMatches(entry.k, key)) return null
  const uri = text(entry.u)
  // The path exactly as Express's req.path would read it from the same request line.
  const path = uri.split(/[?#]/, 1)[0] ?? ''
  if (!path.startsWith('/')) return null
  const headers = {
    rsc: text(entry.r) || undefined,
    'next-router-prefetch': text(entry.p) || undefined,
    purpose: text(entry.q) || undefined,
  }
  const page = candidatePage(text(entry.m), path, headers)
  if (!page || !countedAnswer(Number(entry.s), text(entry.t), text(entry.a))) return null
  return page
}

/** The view one datagram reports, or null (not from nginx, wrong key, or not a view). */
export function viewFromDatagram(message: string, key: string): PageView | null {
  // `<PRI>Mmm dd hh:mm:ss portalview: {…}`: the JSON object nginx wrote (escape=json).
  const start = message.indexOf(MARK)
  if (start < 0) return null
  const entry = parsed(message.slice(start + MARK.length - 1))
  const page = pageOf(entry, key)
  return page && { ...page, address: text(entry?.ip) }
}

// The client address is the format's last field; escape=json leaves no unescaped quote inside a
// value, so the last `,"ip":"` in a datagram is that field's own.
const ADDRESS_FIELD = ',"ip":"'
const ADDRESS = /^[0-9A-Fa-f.:]{2,45}$/
const MAX_REMEMBERED = 4096
/**
 * Only ordinary request fields are remembered (a browser's datagram is 300–600 characters):
 * a reader can send headers of up to 8 kB each (user agent, Purpose, URI…), and remembering
 * 4,096 such datagrams would hold hundreds of megabytes for anyone who asks. Longer ones take
 * the exact path each time.
 */
export const MAX_REMEMBERED_FIELDS = 2048
const RECEIVE_BUFFER = 4 * 1024 * 1024

/**
 * viewFromDatagram for a stream of datagrams, with the verdict on each datagram's request fields
 * (everything but the client address: key, method, URI, status, type, user agent, headers)
 * remembered: the readers of one page on one browser send the same fields, so most datagrams
 * cost a map lookup instead of a JSON parse, the key comparison, the path rules and the bot
 * check. The answer is the same as viewFromDatagram's (a unit test holds them together): a
 * datagram whose end is not exactly `,"ip":"<address>"}` goes to viewFromDatagram itself.
 */
export function datagramReader(key: string): (message: string) => PageView | null {
  const verdicts = new Map<string, CountedPage | null>()
  return (message) => {
    const start = message.indexOf(MARK)
    if (start < 0) return null
    const at = message.lastIndexOf(ADDRESS_FIELD)
    const address = at > start ? message.slice(at + ADDRESS_FIELD.length, -2) : ''
    if (!message.endsWith('"}') || !ADDRESS.test(address)) return viewFromDatagram(message, key)
    // `{"k":…,"q":"…"`: the fields without the address (and without the closing brace).
    const fields = message.slice(start + MARK.length - 1, at)
    if (fields.length > MAX_REMEMBERED_FIELDS) return viewFromDatagram(message, key)
    let page = verdicts.get(fields)
    if (page === undefined) {
      page = pageOf(parsed(`${fields}}`), key)
      if (verdicts.size >= MAX_REMEMBERED) verdicts.clear()
      verdicts.set(fields, page)
    }
    return page && { ...page, address }
  }
}

export interface ViewLogListener {
  address: { host: string; port: number }
  close: () => Promise<void>
}

/** Listens on host:port; resolves null (after a warning) when the port cannot be had. */
export function listenForViews(
  where: { host: string; port: number },
  key: string,
  trusted: TrustFn,
  count: (view: PageView) => void,
): Promise<ViewLogListener | null> {
  const socket = dgram.createSocket({
    type: where.host.includes(':') ? 'udp6' : 'udp4',
    // Room for the datagrams of a busy moment (a render holding the event loop) rather than the
    // default ~200 KB (a few hundred datagrams); Linux caps it at net.core.rmem_max.
    recvBufferSize: RECEIVE_BUFFER,
  })
  const read = datagramReader(key)
  // nginx sends from one address: the last one found trusted is not checked again (TRUST_PROXY
  // is read once at start, so the answer cannot change while this process runs).
  let trustedAddress = ''
  socket.on('message', (message, remote) => {
    if (remote.address !== trustedAddress) {
      if (!trusted(remote.address, 0)) return
      trustedAddress = remote.address
    }
    const view = read(message.toString('utf8'))
    if (view) count(view)
  })
  return new Promise((resolve) => {
    socket.once('error', (error) => {
      console.warn(
        `[page-views] cannot listen on ${where.host}:${where.port} (${error.message}): ` +
          'micro-cache hits behind nginx are not counted by this process',
      )
      socket.close()
      resolve(null)
    })
    socket.bind(where.port, where.host, () => {
      socket.removeAllListeners('error')
      // A malformed datagram or a full buffer must never stop the server.
      socket.on('error', (error) => console.warn(`[page-views] ${error.message}`))
      const bound = socket.address()
      resolve({
        address: { host: bound.address, port: bound.port },
        close: () => new Promise((done) => socket.close(() => done())),
      })
    })
  })
}
