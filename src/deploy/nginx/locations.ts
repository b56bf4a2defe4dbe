/** The headers every proxied request gets (render.ts sets them for the whole http block). */
export const PROXY_HEADERS = [
  'Connection ""',
  'Host $host',
  'X-Forwarded-For $remote_addr',
  'X-Real-IP $remote_addr',
  'X-Forwarded-Proto $scheme',
  'X-Forwarded-Host $host',
]

/**
 * The proxied locations of the portal's server block (render.ts writes the rest). Split out so
 * each file stays readable: this one is about what nginx may cache and what it must pass through.
 */
export function proxyLocations(
  uploadLimitMb: number,
  jsonLimitKb: number,
  accessLog: string,
  viewLog?: string,
): string {
  const bypass =
    '$portal_personal $http_authorization $http_rsc $http_next_router_prefetch $portal_rsc_arg'
  const tooLarge = (name: string, limit: string) => `
    location ${name} {
      default_type application/json;
      add_header X-Body-Limit nginx always;
      return 413 '{"errors":[{"message":"Dữ liệu gửi lên quá lớn (tối đa ${limit})."}]}';
    }`
  // A location's access_log replaces the http block's, so the ordinary log is repeated.
  const pageViews = viewLog
    ? `
      # Page views nginx answers alone (micro-cache hits) go to the server as one UDP datagram
      # each, never waited for (src/site/readership/view-log.ts); requests that reach the server
      # are counted there, so each view counts once.
      ${accessLog};
      access_log syslog:server=${viewLog},tag=portalview,nohostname portal_view if=$portal_view_hit;`
    : ''
  return `
    # Reader pages: micro-cached as the server's Cache-Control allows, one render per page at a
    # time (lock), refreshed in the background within stale-while-revalidate, and served stale if
    # the server is down. Not "updating": it would serve a stale copy of any age (minutes old, an
    # unpublished article) to the first reader after a quiet spell, past the server's 2 seconds.
    location / {
      proxy_pass http://portal;
      proxy_cache portal_pages;
      proxy_cache_key $scheme$host$request_uri;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 5s;
      proxy_cache_background_update on;
      proxy_cache_use_stale error timeout http_500 http_502 http_503 http_504;
      proxy_cache_bypass ${bypass};
      proxy_no_cache ${bypass};
      add_header X-Micro-Cache $upstream_cache_status always;
      # Tells the server which answers go into this shared cache, so their form tokens are not
      # bound to one reader's network (src/feedback/token-binding.ts). A proxy_set_header here
      # replaces the http block's list, so the whole list is repeated.
${PROXY_HEADERS.map((h) => `      proxy_set_header ${h};`).join('\n')}
      proxy_set_header X-Portal-Shared-Cache $portal_shared_cache;${pageViews}
    }

    location /_next/static/ {
      proxy_pass http://portal;
      proxy_cache portal_static;
      proxy_cache_key $scheme$host$request_uri;
      proxy_cache_lock on;
    }

    # Admin and API: never cached here, uploads allowed up to the server's limit.
    location /admin {
      proxy_pass http://portal;
      client_max_body_size ${uploadLimitMb}m;
      error_page 413 @portal_upload_too_large;
    }

    location /api/ {
      proxy_pass http://portal;
      client_max_body_size ${uploadLimitMb}m;
      error_page 413 @portal_upload_too_large;
    }

    location = /healthz {
      proxy_pass http://portal;
      access_log off;
    }
${tooLarge('@portal_body_too_large', `${jsonLimitKb >= 1024 ? `${Math.floor(jsonLimitKb / 1024)} MB` : `${jsonLimitKb} KB`}`)}
${tooLarge('@portal_upload_too_large', `${uploadLimitMb} MB`)}
`
}
