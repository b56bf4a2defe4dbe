/**
 * The placeholder the readers' forms carry where their token goes. Pages are rendered once and
 * kept by the page cache, so the page holds this fixed text and the cache writes a fresh token
 * into each response it sends, hits included (server/form-token-slots.ts): every reader gets a
 * token of their own, issued when the page is served, and cached pages stay cached.
 */
export const FORM_TOKEN_SLOT = '__PORTAL_FORM_TOKEN__'
