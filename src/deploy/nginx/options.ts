import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { DEFAULT_VIEW_LOG, viewLogKey } from '@/site/readership/view-log-key'

/**
 * What `cms deploy nginx` needs to write a runnable configuration: the public port, the portal
 * processes behind it, and this installation's paths and limits (read from the same environment
 * the server reads, so nginx refuses exactly what the server would).
 */
export interface NginxOptions {
  /** Port nginx listens on: HTTPS with HTTP/2, or plain HTTP with `--no-tls`. */
  listen: number
  /** `host:port` of each portal process. */
  upstreams: string[]
  tls: boolean
  /** Optional plain-HTTP port that only redirects to HTTPS. */
  httpPort?: number
  serverName: string
  certificate: string
  certificateKey: string
  /** Absolute folder for nginx's pid, logs, temporary files and caches. */
  stateDir: string
  /** Absolute MEDIA_DIR: nginx sends the files the server names in X-Accel-Redirect. */
  mediaDir: string
  maxUploadMb: number
  maxJsonKb: number
  brotli: boolean
  workers: string
  /** Account for nginx's workers when started as root (they read MEDIA_DIR). */
  user?: string
  /**
   * Where nginx sends one UDP datagram per micro-cache hit (src/site/readership/view-log.ts),
   * with the key that proves it is this nginx. Absent: hits are not counted.
   */
  viewLog?: { address: string; key: string }
}

export class UsageError extends Error {}

/**
 * Paths are written into the configuration as they are: a `;`, brace, quote, `$` (a variable to
 * nginx), `#` or white space would end the directive and let the rest become configuration.
 */
function safePath(name: string, value: string): string {
  if (/[\s;{}"'$#\\]/.test(value))
    throw new UsageError(`--${name} has characters nginx would misread: ${JSON.stringify(value)}`)
  return value
}

function viewLog(
  env: Record<string, string | undefined>,
  flag: string | undefined,
): { address: string; key: string } {
  const address = (flag ?? env.PAGE_VIEWS_LISTEN ?? '').trim() || DEFAULT_VIEW_LOG
  if (!/^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):\d{1,5}$/.test(address))
    throw new UsageError(`--view-log: "${address}" is not IPv4:PORT or [IPv6]:PORT`)
  try {
    return { address, key: viewLogKey(env) }
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'

const port = (value: string | undefined, name: string): number => {
  const n = Number(value)
  if (!value || !Number.isInteger(n) || n < 1 || n > 65535)
    throw new UsageError(`--${name} must be a port number (1-65535), got "${value ?? ''}"`)
  return n
}

const upstream = (value: string): string => {
  const match = /^(\[[0-9a-f:]+\]|[A-Za-z0-9.-]+):(\d+)$/i.exec(value.trim())
  if (!match) throw new UsageError(`--upstream wants host:port, got "${value}"`)
  port(match[2], 'upstream')
  return value.trim()
}

const positive = (raw: string | undefined, fallback: number, name: string): number => {
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number`)
  return n
}

/** Parses `deploy nginx` arguments; defaults come from `env` and the working directory. */
export function parseNginxOptions(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): NginxOptions & { out?: string } {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        listen: { type: 'string' },
        upstream: { type: 'string', multiple: true },
        out: { type: 'string' },
        'no-tls': { type: 'boolean', default: false },
        'http-port': { type: 'string' },
        'server-name': { type: 'string' },
        cert: { type: 'string' },
        key: { type: 'string' },
        'state-dir': { type: 'string' },
        'media-dir': { type: 'string' },
        brotli: { type: 'boolean' },
        'no-brotli': { type: 'boolean', default: false },
        workers: { type: 'string', default: 'auto' },
        user: { type: 'string' },
        'view-log': { type: 'string' },
        'no-view-log': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const upstreams = (values.upstream ?? []).flatMap((u) => u.split(',')).filter(Boolean)
  if (!upstreams.length) throw new UsageError('--upstream host:port[,host:port…] is required')
  const tls = !values['no-tls']
  let serverName = values['server-name']
  if (!serverName && env.SERVER_URL) {
    try {
      serverName = new URL(env.SERVER_URL).hostname
    } catch {
      throw new UsageError(`SERVER_URL is not a URL: ${env.SERVER_URL}`)
    }
  }
  if (!/^[A-Za-z0-9.*_-]+$/.test(serverName ?? '_'))
    throw new UsageError(`--server-name has characters nginx would misread: ${serverName}`)
  if (values.user !== undefined && !/^[a-z_][a-z0-9_-]*$/i.test(values.user))
    throw new UsageError(`--user is not an account name: ${values.user}`)
  if (!/^(auto|\d{1,3})$/.test(values.workers)) throw new UsageError('--workers: auto or a number')
  return {
    listen: port(values.listen, 'listen'),
    upstreams: upstreams.map(upstream),
    tls,
    httpPort: values['http-port'] ? port(values['http-port'], 'http-port') : undefined,
    serverName: serverName ?? '_',
    certificate: safePath('cert', path.resolve(cwd, values.cert ?? '/etc/ssl/certs/portal.crt')),
    certificateKey: safePath('key', path.resolve(cwd, values.key ?? '/etc/ssl/private/portal.key')),
    stateDir: safePath('state-dir', path.resolve(cwd, values['state-dir'] ?? 'data/nginx')),
    mediaDir: safePath(
      'media-dir',
      path.resolve(cwd, values['media-dir'] ?? env.MEDIA_DIR ?? 'media'),
    ),
    maxUploadMb: positive(env.MAX_UPLOAD_MB, 25, 'MAX_UPLOAD_MB'),
    maxJsonKb: positive(env.MAX_JSON_KB, 2048, 'MAX_JSON_KB'),
    brotli: values['no-brotli'] ? false : (values.brotli ?? fs.existsSync(BROTLI_MODULE)),
    workers: values.workers,
    user: values.user,
    viewLog:
      values['no-view-log'] || env.PAGE_VIEWS === 'off' || env.PAGE_VIEWS_LISTEN === 'off'
        ? undefined
        : viewLog(env, values['view-log']),
    out: values.out ? path.resolve(cwd, values.out) : undefined,
  }
}

export { BROTLI_MODULE }
