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
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { takenOverUrl } from './release-lock'

const idOf = (who: unknown): string | null => {
  const id = who !== null && typeof who === 'object' && 'id' in who ? who.id : who
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

export function ClaimLockOnTakeOver() {
  const { id, collectionSlug, globalSlug, currentEditor } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const api = config.routes.api
  const userId = idOf(user)
  const editorId = idOf(currentEditor)
  /** The last holder this view was told of who was not the signed-in person. */
  const other = useRef<string | null>(null)

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
      .then((res) => res.arrayBuffer())
      .catch(() => undefined)
  }, [api, collectionSlug, editorId, globalSlug, id, userId])

  return null
}
