'use client'
/**
 * Finishes Payload's take-over ("Tiếp quản") on the server. Payload's admin re-assigns the lock
 * it reads at that moment and otherwise does nothing, yet tells the person the document is
 * theirs; a previous holder's save in flight, or a second lock row of theirs, left them holding
 * it (src/api/lock-taken-over.ts says when). So when this view's editor changes from someone
 * else to the signed-in person, which is what Payload's take-over does to it, the server is told
 * whom it was taken from and makes the lock the person's. Renders nothing.
 *
 * The same change happens when the holder left and the person's next keystroke took a fresh
 * lock: the server then finds none of the previous holder's locks to remove, and nothing changes.
 */
import { useAuth, useConfig, useDocumentInfo, useRouteCache } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { takenOverUrl } from './release-lock'

const idOf = (who: unknown): string | null => {
  const id = who !== null && typeof who === 'object' && 'id' in who ? who.id : who
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

export function ClaimLockOnTakeOver() {
  const { id, collectionSlug, globalSlug, currentEditor, isLocked } = useDocumentInfo()
  const { clearRouteCache } = useRouteCache()
  const { user } = useAuth()
  const { config } = useConfig()
  const api = config.routes.api
  const userId = idOf(user)
  const editorId = idOf(currentEditor)
  /** The last holder this view was told of who was not the signed-in person. */
  const other = useRef<string | null>(null)
  /** Take-overs the server confirmed, and the last one the view was refreshed for. */
  const [claimed, setClaimed] = useState(0)
  const refreshedFor = useRef(0)

  useEffect(() => {
    if (!userId || !editorId) return
    if (editorId !== userId) {
      other.current = editorId
      return
    }
    const from = other.current
    other.current = null
    const url = from && takenOverUrl({ api, collectionSlug, globalSlug, id }, from)
    if (!url) return
    // The answer is read to its end: an unread body keeps the request open in the browser.
    void fetch(url, { method: 'POST', credentials: 'include' })
      .then(async (res) => {
        await res.arrayBuffer()
        if (res.ok) setClaimed((n) => n + 1)
      })
      .catch(() => undefined)
  }, [api, collectionSlug, editorId, globalSlug, id, userId])

  // Payload's take-over refreshes the view at once; rendered before this claim landed, the server
  // still saw the previous holder's lock and sent the form read-only (its rich text and the stage
  // select stayed disabled though the lock was the person's). Once the claim is confirmed, a view
  // the server rendered as locked is refreshed, once per take-over.
  useEffect(() => {
    if (claimed === 0 || refreshedFor.current === claimed || !isLocked) return
    refreshedFor.current = claimed
    clearRouteCache()
  }, [claimed, clearRouteCache, isLocked])

  return null
}
