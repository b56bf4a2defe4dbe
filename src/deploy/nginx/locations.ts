import { MIRROR_PATH } from '@/site/readership/mirror-key'

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
 * The mirror's target: an internal location (a client asking for the path gets 404) that sends
 * the server a body-less request with what the counter needs and the key that proves it is
 * nginx. Only GETs with a user agent can be views; the rest stop here, without a request.
 */
function viewMirrorLocation(key: string): string {
  return `
    # Page views (src/site/readership/mirror-route.ts): reached only through the mirror above.
    location = ${MIRROR_PATH} {
      internal;
      access_log off;
      if ($request_method != GET) { return 204; }
      if ($http_user_agent = "") { return 204; }
      proxy_pass http://portal;
      proxy_method POST;
      proxy_pass_request_headers off;
      proxy_pass_request_body off;
      proxy_connect_timeout 2s;
      proxy_read_timeout 5s;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header User-Agent $http_user_agent;
      proxy_set_header Rsc $http_rsc;
      proxy_set_header Next-Router-Prefetch $http_next_router_prefetch;
      proxy_set_header Purpose $http_purpose;
      proxy_set_header X-Portal-View-Method $request_method;
      proxy_set_header X-Portal-View-Uri $request_uri;
      proxy_set_header X-Portal-View-Id $request_id;
      proxy_set_header X-Portal-View-Key ${key};
    }
`
}

/**
 * The proxied locations of the portal's server block (render.ts writes the rest). Split out so
 * each file stays readable: this one is about what nginx may cache and what it must pass through.
 */
export function proxyLocations(
  uploadLimitMb: number,
  jsonLimitKb: number,
  mirrorKey?: string,
): string {
  const bypass =
    '$portal_personal $http_authorization $http_rsc $http_next_router_prefetch $portal_rsc_arg'
  const tooLarge = (name: string, limit: string) => `
    location ${name} {
      default_type application/json;
      add_header X-Body-Limit nginx always;
      return 413 '{"errors":[{"message":"Dữ liệu gửi lên quá lớn (tối đa ${limit})."}]}';
    }`
  const pageMirror = `
      # Page views: every request is reported to the server before the cache lookup (hits never
      # reach it otherwise); the proxied ones carry the same id, so a miss counts once.
      mirror ${MIRROR_PATH};
      mirror_request_body off;
      # A proxy_set_header here replaces the http block's list, so the whole list is repeated.
${PROXY_HEADERS.map((h) => `      proxy_set_header ${h};`).join('\n')}
      proxy_set_header X-Portal-View-Id $request_id;
      proxy_set_header X-Portal-View-Method $request_method;`
  return `
    # Reader pages: micro-cached as the server's Cache-Control allows, one render per page at a
    # time (lock), refreshed in the background, and served stale if the server is down.
    location / {
      proxy_pass http://portal;
      proxy_cache portal_pages;
      proxy_cache_key $scheme$host$request_uri;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 5s;
      proxy_cache_background_update on;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
      proxy_cache_bypass ${bypass};
      proxy_no_cache ${bypass};
      add_header X-Micro-Cache $upstream_cache_status always;${mirrorKey ? pageMirror : ''}
    }
${mirrorKey ? viewMirrorLocation(mirrorKey) : ''}
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
