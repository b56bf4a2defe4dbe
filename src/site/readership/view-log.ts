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
 */
import dgram from 'node:dgram'

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

/** The view one datagram reports, or null (not from nginx, wrong key, or not a view). */
export function viewFromDatagram(message: string, key: string): PageView | null {
  // `<PRI>Mmm dd hh:mm:ss portalview: {…}`: the JSON object nginx wrote (escape=json).
  const start = message.indexOf('portalview: {')
  if (start < 0) return null
  let entry: LoggedView
  try {
    entry = JSON.parse(message.slice(start + 'portalview: '.length)) as LoggedView
  } catch {
    return null
  }
  if (!entry || typeof entry !== 'object' || !keyMatches(entry.k, key)) return null
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
  return { ...page, address: text(entry.ip) }
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
  const socket = dgram.createSocket(where.host.includes(':') ? 'udp6' : 'udp4')
  socket.on('message', (message, remote) => {
    if (!trusted(remote.address, 0)) return
    const view = viewFromDatagram(message.toString('utf8'), key)
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
