'use client'
/**
 * Releases the signed-in person's lock on the document when they leave its edit view: to
 * another page of the admin (the view unmounts) or by closing or reloading the tab (`pagehide`,
 * with a `keepalive` request that outlives the page). Why Payload's own release does not cover
 * this, and why the request can only remove one's own lock: ./release-lock.ts. Renders nothing.
 *
 * Leaving the admin page, the lock is released twice: at once, and again a few seconds later,
 * because an autosave or a form-state request sent just before leaving can still be on its way
 * and put the lock back when it lands (src/collections/Articles/hooks/keep-lock-on-autosave.ts).
 * Neither happens if the person is back on the document by then; going to the document's own
 * versions or API view keeps the lock, as Payload does. A document opened in a drawer (a photo
 * edited from an article) is left when the drawer closes, whatever the page's address.
 *
 * The lock is the account's, not the tab's: while another tab of this browser still has the
 * document open (./presence.ts), leaving it here releases nothing. Closing the tab marks its
 * release as such, and the server repeats it once a save still on its way has landed
 * (src/hooks/release-again-after-close.ts): the page is gone and cannot do it itself. Opening
 * the document again cancels those repeats, so a reload does not lose the lock it takes anew.
 */
import { useAuth, useConfig, useDocumentDrawerContext, useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

import { announce } from './presence'
import { CLOSING_HEADER, isWithin, releaseLockUrl, reopenedUrl } from './release-lock'

/** After leaving: at once, then once more after the last autosave has landed. */
const RELEASE_AFTER_MS = [200, 4000]

/** Releases planned per document, cancelled if the same document is opened again. */
const pending = new Map<string, number[]>()

const cancel = (key: string) => {
  for (const timer of pending.get(key) ?? []) window.clearTimeout(timer)
  pending.delete(key)
}

/**
 * Sends a request whose answer nobody needs, and reads that answer to its end: a response body
 * left unread keeps the request open in the browser (and a test's "network idle" never comes).
 */
const send = (url: string, init: RequestInit) =>
  fetch(url, { ...init, credentials: 'include' })
    .then((res) => res.arrayBuffer())
    .catch(() => undefined)

export function ReleaseLockOnLeave() {
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const inDrawer = Boolean(useDocumentDrawerContext()?.drawerSlug)
  const api = config.routes.api
  const userId = user?.id

  useEffect(() => {
    if (userId == null) return
    const url = releaseLockUrl({ api, collectionSlug, globalSlug, id, userId })
    if (!url) return
    const documentPath = window.location.pathname
    cancel(url)
    // Back on the document (a reload, or reopened soon after closing its tab): the server must
    // not repeat that close's release against the lock this view is about to take.
    const reopened = reopenedUrl({ api, collectionSlug, globalSlug, id })
    const reopen = () => {
      if (reopened) void send(reopened, { method: 'POST' })
    }
    reopen()
    const presence = announce(url)
    const release = (headers: Record<string, string> = {}) => {
      // Another tab (or view) of this browser still edits it: the lock is still in use.
      if (presence.othersOpen()) return
      void send(url, { method: 'DELETE', keepalive: true, headers })
    }
    const onPageHide = () => {
      presence.leave()
      release({ [CLOSING_HEADER]: '1' })
    }
    // Back from the back-forward cache: the view is open again, after leaving sent a closing
    // release whose server-side repeats must not delete the lock it takes anew.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return
      presence.beat()
      reopen()
    }
    // Hidden tabs' timers are slowed: refresh the entry as soon as the tab is seen again.
    const onVisible = () => {
      if (document.visibilityState === 'visible') presence.beat()
    }
    window.addEventListener('pagehide', onPageHide)
    window.addEventListener('pageshow', onPageShow)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      window.removeEventListener('pageshow', onPageShow)
      document.removeEventListener('visibilitychange', onVisible)
      presence.leave()
      cancel(url)
      pending.set(
        url,
        RELEASE_AFTER_MS.map((ms) =>
          window.setTimeout(() => {
            if (inDrawer || !isWithin(window.location.pathname, documentPath)) release()
          }, ms),
        ),
      )
    }
  }, [api, collectionSlug, globalSlug, id, inDrawer, userId])

  return null
}
