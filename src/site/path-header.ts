/**
 * The request header in which the Express server tells Next the reader's path
 * (src/server/client-context.ts overwrites whatever a client sends under this name). Layouts get
 * no pathname from Next, and the header's language switch must lead to this page's English
 * version; the page cache keys entries by path, so a cached page's switch is right for it.
 */
export const SITE_PATH_HEADER = 'x-portal-path'
