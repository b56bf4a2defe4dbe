/**
 * Whether a reader's form post came from the portal's own page. A refused post is answered with
 * the portal's page and what was posted in it (the text kept read-only, or the form filled in),
 * so a page on another site could post any text there and make the government portal show it
 * under its own address (content spoofing). The text is given back only to a post this function
 * accepts; every other post gets the same refusal without it (route.ts).
 *
 * - `Sec-Fetch-Site` (every current browser sends it; pages cannot forge it): `same-origin`
 *   passes; `same-site` (a sibling subdomain, another body's site) and `cross-site` do not.
 *   `none` (a user-initiated request, such as resending a form from the history or a reload) says
 *   nothing about which page the form was on: a cross-site post the reader reloads and confirms
 *   could carry it, so it is decided by `Origin` like a post without the header.
 * - Otherwise `Origin` (sent with every form POST by browsers since 2020, and kept when a post is
 *   resent; `null` from sandboxed frames and cross-site redirects) must be the site's origin
 *   (SERVER_URL, site/env.ts).
 * - Neither: no text back. A browser that sends neither is older than any still supported
 *   (Internet Explorer; Firefox before 70), and in such a browser a cross-site form is exactly a
 *   post without both headers, so giving the text back would leave the spoofing open there. Its
 *   reader still gets the reason and the browser's Back button, which keeps what was typed. A
 *   non-browser client sends neither too, and shows nothing to anyone but its own operator.
 */
import type { Request } from 'express'

import { siteOrigin } from '@/site/env'

export function sameOriginPost(req: Request): boolean {
  const site = req.get('sec-fetch-site')
  if (site && site !== 'none') return site === 'same-origin'
  const origin = req.get('origin')
  if (!origin || origin === 'null') return false
  try {
    return new URL(origin).origin === new URL(siteOrigin()).origin
  } catch {
    return false
  }
}
