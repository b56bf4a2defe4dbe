/**
 * The proxied locations of the portal's server block (render.ts writes the rest). Split out so
 * each file stays readable: this one is about what nginx may cache and what it must pass through.
 */
export function proxyLocations(uploadLimitMb: number, jsonLimitKb: number): string {
  const bypass =
    '$portal_personal $http_authorization $http_rsc $http_next_router_prefetch $portal_rsc_arg'
  const tooLarge = (name: string, limit: string) => `
    location ${name} {
      default_type application/json;
      add_header X-Body-Limit nginx always;
      return 413 '{"errors":[{"message":"Dữ liệu gửi lên quá lớn (tối đa ${limit})."}]}';
    }`
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
      add_header X-Micro-Cache $upstream_cache_status always;
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
