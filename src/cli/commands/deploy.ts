import fs from 'node:fs'
import path from 'node:path'

import { parseNginxOptions, UsageError } from '@/deploy/nginx/options'
import { renderNginxConfig } from '@/deploy/nginx/render'

const USAGE = `Usage: npm run cms -- deploy nginx --listen PORT --upstream HOST:PORT[,HOST:PORT…] [--out FILE]
  [--no-tls] [--http-port PORT] [--server-name NAME] [--cert FILE] [--key FILE]
  [--state-dir DIR] [--media-dir DIR] [--brotli|--no-brotli] [--workers auto|N] [--user NAME]
  [--view-log HOST:PORT|--no-view-log]

Writes a complete nginx configuration for this installation (MEDIA_DIR, MAX_UPLOAD_MB and
MAX_JSON_KB are read from the environment). Micro-cache hits are sent as page views to
--view-log (default PAGE_VIEWS_LISTEN, else 127.0.0.1:5140) with a key derived from
PAYLOAD_SECRET, or PAGE_VIEWS_LOG_KEY. Without --out it is printed.`

/**
 * `cms deploy nginx`: writes the nginx configuration that goes in front of the portal
 * (src/deploy/nginx). Needs no database: it only reads options and the environment.
 */
export async function run(argv: string[]): Promise<number> {
  const [target, ...rest] = argv
  if (target !== 'nginx' || rest.includes('--help')) {
    console.error(USAGE)
    return target === 'nginx' ? 0 : 2
  }
  try {
    const { out, ...options } = parseNginxOptions(rest)
    const text = renderNginxConfig(options)
    if (!out) {
      process.stdout.write(text)
      return 0
    }
    fs.mkdirSync(path.dirname(out), { recursive: true })
    // It holds the page-view log's key: readable by its owner (root, or nginx's user) only.
    fs.writeFileSync(out, text, { mode: 0o600 })
    fs.chmodSync(out, 0o600)
    for (const dir of ['tmp', 'cache'])
      fs.mkdirSync(path.join(options.stateDir, dir), { recursive: true })
    console.error(`Wrote ${out}. Check it with: nginx -t -p ${options.stateDir} -c ${out}`)
    return 0
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n\n${USAGE}`)
    return 2
  }
}
