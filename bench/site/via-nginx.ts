/**
 * The `--via-nginx` run of throughput.ts: nginx (one worker, the configuration `cms deploy nginx`
 * writes) in front of the production server, against the same nginx serving the very bytes of
 * each page as a static file from a second port. Both through one nginx, in one run. Further
 * nginx instances give the same pages without counting micro-cache hits (`--no-view-log`) and
 * with the earlier design's `mirror` put back (`withMirror`), to measure what counting costs.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { parseNginxOptions } from '@/deploy/nginx/options'
import { renderNginxConfig } from '@/deploy/nginx/render'

import { freePort, startNginx } from '../../test/helpers/nginx'

export async function nginxInFront(
  upstreamUrl: string,
  pages: Record<string, string>,
  extraArgs: string[] = [],
  edit: (conf: string) => string = (conf) => conf,
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
  fs.writeFileSync(conf, edit(renderNginxConfig(options)).replace(/\}\s*$/, staticServer))
  const nginx = await startNginx(conf, port)
  return {
    url: `http://127.0.0.1:${port}`,
    staticUrl: `http://127.0.0.1:${staticPort}`,
    stop: nginx.stop,
  }
}

/**
 * The page-view `mirror` of the earlier design (replaced by view-log.ts), put back into a
 * configuration for comparison only: every reader-page request is mirrored to an internal
 * location that sends a body-less POST and waits for the answer, as that design did. The answer
 * comes from a responder in this process that says 204 at once (the earlier endpoint answered
 * 204 before any other middleware), so what is measured is nginx's side of the cost.
 */
export async function mirrorResponder() {
  const server = http.createServer((req, res) => {
    req.resume()
    res.writeHead(204).end()
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const withMirror = (conf: string) =>
    conf
      .replace(
        '      add_header X-Micro-Cache $upstream_cache_status always;',
        '      add_header X-Micro-Cache $upstream_cache_status always;\n' +
          '      mirror /_portal/view;\n      mirror_request_body off;',
      )
      .replace(
        '    location /_next/static/ {',
        `    location = /_portal/view {
      internal;
      access_log off;
      proxy_pass http://bench_mirror;
      proxy_method POST;
      proxy_pass_request_headers off;
      proxy_pass_request_body off;
      proxy_set_header Connection "";
      proxy_set_header User-Agent $http_user_agent;
      proxy_set_header X-Portal-View-Uri $request_uri;
      proxy_set_header X-Portal-View-Id $request_id;
    }

    location /_next/static/ {`,
      )
      .replace(
        '  upstream portal {',
        `  upstream bench_mirror {\n    server 127.0.0.1:${port};\n    keepalive 32;\n  }\n\n  upstream portal {`,
      )
  return { withMirror, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/**
 * A UDP port bound by a process that never reads it (the kernel drops what its buffer cannot
 * hold, without telling nginx): with `--view-log` pointed at it, nginx sends its datagram per hit
 * as usual while nothing on this machine spends CPU receiving them, so the row shows nginx's
 * side of the cost alone. python3 does the binding (Node reads every datagram it binds for).
 */
export async function datagramSink(port: number) {
  const child = spawn(
    'python3',
    [
      '-c',
      `import socket, time\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.bind(('127.0.0.1', ${port}))\nprint('ready', flush=True)\ntime.sleep(86400)`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.stdout.once('data', () => resolve())
  })
  return { stop: () => child.kill() }
}
