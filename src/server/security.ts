import crypto from 'node:crypto'

import type { RequestHandler, Response } from 'express'
import helmet from 'helmet'

import { bodyScript, headScript, previewScript } from '@/components/layout/inline-scripts'

/**
 * Security headers for every response, with a Content-Security-Policy whose scripts come only
 * from this origin, a per-request nonce or a known hash: never 'unsafe-inline' or 'unsafe-eval'
 * (except 'unsafe-eval' in development, for Next's dev runtime). Markup injected into a page of
 * this origin, where editors' sessions live, therefore cannot run script.
 *
 * - Next (site and Payload's admin) reads the nonce from the request's CSP header and puts it on
 *   every script it writes; Payload writes no inline script of its own. So the header helmet
 *   builds is copied onto the request before Next sees it (and whatever a client sent is dropped).
 * - The site's own inline scripts (two, plus the live-preview reload) are fixed text, allowed by hash: reader pages in the page
 *   cache hold no nonce, so a cached page is sent as stored (see page-cache.ts).
 * - 'strict-dynamic' lets Next's nonce-bearing bootstrap load its chunks and makes current browsers
 *   ignore 'self', so not even a same-origin URL (an upload, an API answer) can be pulled in with
 *   an injected <script src>; 'self' stays only for browsers without CSP level 3.
 * - 'script-src-attr' 'none': no inline event handlers (onerror=…) at all.
 * - Styles keep 'unsafe-inline': the admin and React set style attributes, and the site inlines its
 *   stylesheet. CSS cannot run script; it can only restyle.
 */
export const SITE_SCRIPT_HASHES = [headScript, bodyScript, previewScript].map(
  (script) => `'sha256-${crypto.createHash('sha256').update(script, 'utf8').digest('base64')}'`,
)

/** The nonce of the response being built (128 random bits, base64url as Next accepts). */
export const cspNonceOf = (res: Response): string | undefined =>
  typeof res.locals.cspNonce === 'string' ? res.locals.cspNonce : undefined

function newNonce(): RequestHandler {
  return (_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString('base64url')
    next()
  }
}

/** Hands the response's policy to Next, which takes its nonce from the request header. */
function policyForNext(): RequestHandler {
  return (req, res, next) => {
    delete req.headers['content-security-policy-report-only']
    req.headers['content-security-policy'] = String(res.getHeader('content-security-policy'))
    next()
  }
}

/**
 * `extraScriptOrigin` names the one third-party script origin allowed (the EMC tracking script,
 * emc-script.ts), or null. Browsers with 'strict-dynamic' ignore origins and trust the script
 * because the hash-allowed body script adds it; older ones need the origin listed.
 */
export function securityHeaders(
  dev: boolean,
  extraScriptOrigin: () => string | null = () => null,
): RequestHandler[] {
  return [
    newNonce(),
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': [
            "'self'",
            (_req, res) => {
              const origin = extraScriptOrigin()
              const nonce = `'nonce-${cspNonceOf(res as Response) ?? ''}'`
              return origin ? `${nonce} ${origin}` : nonce
            },
            "'strict-dynamic'",
            ...SITE_SCRIPT_HASHES,
            ...(dev ? ["'unsafe-eval'"] : []),
          ],
          'script-src-attr': ["'none'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
          'frame-src': ["'self'"],
          'frame-ancestors': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      // HSTS only when served over HTTPS by a proxy that says so.
      strictTransportSecurity: process.env.HSTS === 'true',
    }),
    policyForNext(),
  ]
}
