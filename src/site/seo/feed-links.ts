import { urls } from '@/site/urls'

/**
 * The `<link rel="alternate" type="application/rss+xml">` entry that announces the site feed to
 * feed readers. Next replaces a layout's `alternates` with a page's, so the layout (every page
 * without its own) and the home page (which sets a canonical link) both use this.
 */
export const siteFeedAlternate = (siteName: string) => ({
  'application/rss+xml': [{ url: urls.feed(), title: `${siteName} – Tin mới` }],
})
