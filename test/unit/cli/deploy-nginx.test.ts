import { describe, expect, it } from 'vitest'

import { parseNginxOptions, UsageError } from '@/deploy/nginx/options'
import { renderNginxConfig } from '@/deploy/nginx/render'
import { viewLogKey } from '@/site/readership/view-log-key'

const ENV = {
  MEDIA_DIR: '/srv/portal/media',
  MAX_UPLOAD_MB: '25',
  MAX_JSON_KB: '2048',
  PAYLOAD_SECRET: 'unit-test-secret',
}
const render = (args: string[], env: Record<string, string> = ENV) =>
  renderNginxConfig(parseNginxOptions(args, env, '/srv/portal'))
const BASE = ['--listen', '8080', '--upstream', '127.0.0.1:3000', '--no-brotli']

describe('cms deploy nginx: options', () => {
  it('fills paths and limits from the installation', () => {
    const o = parseNginxOptions([...BASE, '--out', 'nginx.conf'], ENV, '/srv/portal')
    expect(o).toMatchObject({
      listen: 8080,
      upstreams: ['127.0.0.1:3000'],
      tls: true,
      mediaDir: '/srv/portal/media',
      stateDir: '/srv/portal/data/nginx',
      maxUploadMb: 25,
      maxJsonKb: 2048,
      out: '/srv/portal/nginx.conf',
    })
  })

  it('takes several upstreams, comma-separated or repeated', () => {
    const o = parseNginxOptions(
      ['--listen', '80', '--upstream', '10.0.0.2:3000,10.0.0.3:3000', '--upstream', '[::1]:3001'],
      ENV,
    )
    expect(o.upstreams).toEqual(['10.0.0.2:3000', '10.0.0.3:3000', '[::1]:3001'])
  })

  it.each([
    [['--upstream', '127.0.0.1:3000']],
    [['--listen', '99999', '--upstream', '127.0.0.1:3000']],
    [['--listen', '8080']],
    [['--listen', '8080', '--upstream', 'localhost']],
    [['--listen', '8080', '--upstream', 'a:1', '--server-name', 'x; evil']],
    [
      [
        '--listen',
        '8080',
        '--upstream',
        'a:1',
        '--media-dir',
        '/srv/m; } location /x { alias /etc/; }#',
      ],
    ],
    [['--listen', '8080', '--upstream', 'a:1', '--cert', '/etc/ssl/a b.crt']],
    [['--listen', '8080', '--upstream', 'a:1', '--key', '/etc/ssl/$host.key']],
    [['--listen', '8080', '--upstream', 'a:1', '--state-dir', '/var/lib/x\ninclude /etc/passwd;']],
    [['--listen', '8080', '--upstream', 'a:1', '--bogus']],
  ])('refuses bad arguments %j', (args) => {
    expect(() => parseNginxOptions(args, ENV)).toThrow(UsageError)
  })
})

describe('cms deploy nginx: configuration', () => {
  const conf = render([...BASE, '--server-name', 'portal.example.vn', '--http-port', '80'])

  it('terminates TLS with HTTP/2 and redirects plain HTTP', () => {
    expect(conf).toMatch(/listen 8080 ssl http2 default_server;/)
    expect(conf).toMatch(/ssl_certificate \/etc\/ssl\/certs\/portal\.crt;/)
    expect(conf).toMatch(/listen 80;[\s\S]*return 301 https:\/\/\$host:8080\$request_uri;/)
    expect(render([...BASE, '--no-tls'])).not.toMatch(/ssl/)
  })

  it('lists every upstream process', () => {
    const two = render(['--listen', '80', '--upstream', '127.0.0.1:3000,127.0.0.1:3001'])
    expect(two).toMatch(/server 127\.0\.0\.1:3000 [^;]*;\s+server 127\.0\.0\.1:3001 /)
    expect(two).toMatch(/TRUST_PROXY=loopback\n# +and LISTEN_HOST=127\.0\.0\.1 /)
    const remote = render(['--listen', '80', '--upstream', '10.0.0.2:3000'])
    expect(remote).toMatch(/TRUST_PROXY=<the address of this nginx>/)
    expect(remote).toMatch(/LISTEN_HOST=<the server's address nginx connects to>/)
  })

  it('micro-caches reader pages but bypasses sessions, previews, tokens and RSC payloads', () => {
    const root = /location \/ \{\n {6}proxy_pass([\s\S]*?)\n {4}\}/.exec(conf)?.[1] ?? ''
    expect(root).toMatch(/proxy_cache portal_pages;/)
    expect(root).toMatch(/proxy_cache_background_update on;/)
    for (const skip of [
      '$portal_personal',
      '$http_authorization',
      '$http_rsc',
      '$portal_rsc_arg',
    ]) {
      expect(root.match(new RegExp(`\\${skip}\\b`, 'g'))).toHaveLength(2)
    }
    expect(conf).toMatch(/payload-token\|__prerender_bypass/)
    // No proxy_cache_valid: nginx keeps only what the server's Cache-Control allows.
    expect(conf).not.toMatch(/proxy_cache_valid/)
    for (const loc of ['/admin', '/api/']) {
      const block = new RegExp(`location ${loc} \\{([\\s\\S]*?)\\}`).exec(conf)?.[1] ?? ''
      expect(block).not.toMatch(/proxy_cache/)
    }
  })

  it('matches the server’s body limits and answers 413 in Vietnamese', () => {
    expect(conf).toMatch(/client_max_body_size 2048k;/)
    expect(conf).toMatch(/location \/api\/ \{[^}]*client_max_body_size 26m;/)
    expect(conf).toMatch(/return 413 '.*Dữ liệu gửi lên quá lớn \(tối đa 26 MB\)/)
    const small = render(BASE, { ...ENV, MAX_UPLOAD_MB: '5', MAX_JSON_KB: '64' })
    expect(small).toMatch(/client_max_body_size 64k;/)
    expect(small).toMatch(/client_max_body_size 6m;/)
  })

  it('passes the client address nginx saw, never one the client sent', () => {
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/)
    expect(conf).not.toMatch(/\$proxy_add_x_forwarded_for/)
  })

  it('sends media only through an internal location, for the accepted types, with the security headers', () => {
    const media = conf.match(/location ~ "\^\/_media\/[\s\S]*?\n {4}\}/g) ?? []
    expect(media).toHaveLength(2)
    for (const block of media) {
      expect(block).toMatch(/internal;/)
      expect(block).toMatch(/alias \/srv\/portal\/media\/\$1;/)
      expect(block).toMatch(/add_header X-Content-Type-Options nosniff always;/)
      expect(block).toMatch(/add_header Content-Security-Policy sandbox always;/)
      expect(block).not.toMatch(/html|svg/i)
    }
    expect(media[0]).toMatch(/\(\?:jpg\|png\|webp\|avif\)/)
    expect(media[1]).toMatch(/pdf[\s\S]*Content-Disposition inline/)
    // MEDIA_DIR itself is never a public location.
    expect(conf).not.toMatch(/location \/api\/media\/file[^{]*\{[^}]*(root|alias)/)
  })

  it('keeps every path under the state folder, so nginx runs unprivileged', () => {
    for (const line of conf
      .split('\n')
      .filter((l) => /_path |^pid |error_log |access_log \//.test(l.trim())))
      expect(line).toContain('/srv/portal/data/nginx/')
  })
})

describe('cms deploy nginx: form tokens in the shared micro-cache', () => {
  it('marks what the micro-cache may keep, and keeps the client-address headers', () => {
    const conf = render([...BASE, '--no-tls'])
    const root = /location \/ \{\n {6}proxy_pass([\s\S]*?)\n {4}\}/.exec(conf)?.[1] ?? ''
    expect(root).toContain('proxy_set_header X-Portal-Shared-Cache $portal_shared_cache;')
    // The location's own proxy_set_header replaces the http block's: the client address stays.
    expect(root).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/)
    expect(root).toMatch(/proxy_set_header Host \$host;/)
    const map = /map "([^"]+)" \$portal_shared_cache \{([\s\S]*?)\}/.exec(conf)
    // Every bypass condition of the cache is in the key, so a bypassed request is never marked.
    for (const v of /proxy_cache_bypass ([^;]+);/.exec(root)?.[1]?.split(' ') ?? ['missing'])
      expect(map?.[1]).toContain(v)
    expect(map?.[2]).toMatch(/default "";\s*"00" 1;/)
  })
})

describe('cms deploy nginx: page views of micro-cache hits', () => {
  const key = viewLogKey(ENV)
  const conf = render([...BASE, '--no-tls'])

  it('logs only hits nginx answers alone, as datagrams carrying the derived key', () => {
    const root = /location \/ \{\n {6}proxy_pass([\s\S]*?)\n {4}\}/.exec(conf)?.[1] ?? ''
    expect(root).toContain(
      'access_log syslog:server=127.0.0.1:5140,tag=portalview,nohostname portal_view if=$portal_view_hit;',
    )
    // The location's access_log replaces the http block's: the ordinary log stays.
    expect(root).toMatch(/access_log \S+\/access\.log combined/)
    expect(conf).toMatch(/~\^HIT: 1;\n {4}~\^UPDATING: 1;\n {4}~\^STALE:\.\+ 1;\n {4}default 0;/)
    expect(conf).toContain(`log_format portal_view escape=json '{"k":"${key}"`)
    expect(conf).not.toMatch(/mirror/)
    // The key is derived, never the session secret itself, and depends on it.
    expect(conf).not.toContain(ENV.PAYLOAD_SECRET)
    expect(viewLogKey({ ...ENV, PAYLOAD_SECRET: 'another' })).not.toBe(key)
  })

  it('sends them to --view-log, else PAGE_VIEWS_LISTEN', () => {
    expect(render([...BASE, '--view-log', '10.0.0.5:6000'])).toContain(
      'syslog:server=10.0.0.5:6000,',
    )
    expect(render(BASE, { ...ENV, PAGE_VIEWS_LISTEN: '127.0.0.1:7000' })).toContain(
      'syslog:server=127.0.0.1:7000,',
    )
    expect(() => parseNginxOptions([...BASE, '--view-log', 'x; include y'], ENV)).toThrow(
      UsageError,
    )
  })

  it('logs no views with --no-view-log, PAGE_VIEWS=off or PAGE_VIEWS_LISTEN=off', () => {
    for (const off of [
      render([...BASE, '--no-view-log']),
      render(BASE, { ...ENV, PAGE_VIEWS: 'off' }),
      render(BASE, { ...ENV, PAGE_VIEWS_LISTEN: 'off' }),
    ]) {
      expect(off).not.toMatch(/portal_view|syslog/)
    }
  })

  it('takes PAGE_VIEWS_LOG_KEY when set, and refuses one nginx would misread', () => {
    const own = 'k'.repeat(40)
    expect(render(BASE, { ...ENV, PAGE_VIEWS_LOG_KEY: own })).toContain(`{"k":"${own}"`)
    expect(() =>
      parseNginxOptions(BASE, { ...ENV, PAGE_VIEWS_LOG_KEY: `${'k'.repeat(40)}'; include x` }),
    ).toThrow(UsageError)
  })
})

describe('deploy/nginx/portal.conf', () => {
  it('is what the generator writes for the documented example', async () => {
    const fs = await import('node:fs')
    const args = [
      '--listen',
      '443',
      '--http-port',
      '80',
      '--upstream',
      '127.0.0.1:3000,127.0.0.1:3001',
      '--state-dir',
      '/var/lib/portal-nginx',
      '--cert',
      '/etc/ssl/portal/fullchain.pem',
      '--key',
      '/etc/ssl/portal/privkey.pem',
      '--user',
      'www-data',
      '--no-brotli',
    ]
    // The example shows a placeholder where an installation's page-view key goes.
    const env = {
      ...ENV,
      SERVER_URL: 'https://portal.example.vn',
      PAGE_VIEWS_LOG_KEY: 'the-key-cms-deploy-nginx-writes-from-PAYLOAD_SECRET',
    }
    expect(fs.readFileSync('deploy/nginx/portal.conf', 'utf8')).toBe(render(args, env))
  })
})
