/**
 * The `--via-nginx` run of throughput.ts: nginx (one worker, the configuration `cms deploy nginx`
 * writes) in front of the production server, against the same nginx serving the very bytes of
 * each page as a static file from a second port. Both through one nginx, in one run. A second
 * nginx (`extraArgs: ['--no-view-mirror']`, no static server) gives the same pages without the
 * page-view mirror, to measure what the mirror costs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseNginxOptions } from '@/deploy/nginx/options'
import { renderNginxConfig } from '@/deploy/nginx/render'

import { freePort, startNginx } from '../../test/helpers/nginx'

export async function nginxInFront(
  upstreamUrl: string,
  pages: Record<string, string>,
  extraArgs: string[] = [],
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-nginx-'))
  const staticDir = path.join(dir, 'static')
  fs.mkdirSync(staticDir)
  // The bytes readers get from the page cache, saved as files for nginx to serve.
  for (const [name, p] of Object.entries(pages)) {
    const res = await fetch(upstreamUrl + p)
    fs.writeFileSync(path.join(staticDir, `${name}.html`), Buffer.from(await res.arrayBuffer()))
  }
  const [port, staticPort] = [await freePort(), await freePort()]
  const options = parseNginxOptions([
    '--listen',
    String(port),
    '--upstream',
    `127.0.0.1:${new URL(upstreamUrl).port}`,
    '--no-tls',
    '--workers',
    '1',
    '--state-dir',
    path.join(dir, 'state'),
    ...(process.getuid?.() === 0 ? ['--user', 'root'] : []),
    ...extraArgs,
  ])
  for (const sub of ['tmp', 'cache'])
    fs.mkdirSync(path.join(options.stateDir, sub), { recursive: true })
  const staticServer = `
  server {
    listen ${staticPort};
    root ${staticDir};
    default_type text/html;
  }
}
`
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(conf, renderNginxConfig(options).replace(/\}\s*$/, staticServer))
  const nginx = await startNginx(conf, port)
  return {
    url: `http://127.0.0.1:${port}`,
    staticUrl: `http://127.0.0.1:${staticPort}`,
    stop: nginx.stop,
  }
}
