import { emcOrigin } from '@/globals/emc-url'

/**
 * The EMC tracking script's URL for the site's inline loader (inline-scripts.ts), which adds the
 * `<script src>` that CSP's 'strict-dynamic' trusts. Nothing when the setting is empty or not a
 * valid https URL. In the head of both root layouts: the national monitoring counts the English
 * section's visits as the portal's too.
 */
export function EmcMeta({ url }: { url: string | null | undefined }) {
  return url && emcOrigin(url) ? <meta name="emc-script" content={url} /> : null
}
