'use client'
/**
 * Keeps what a person typed right after taking over a locked document ("Tiếp quản").
 *
 * Payload's take-over refreshes the route, and its edit view keys the whole form by the
 * server's `isLocked`: when the refreshed view arrives (a few hundred milliseconds later, seconds
 * on a busy server) the form is mounted anew from the stored document, and anything typed or
 * picked meanwhile is gone. An editor who took over, typed a return reason and picked "Trả lại"
 * sent the stage without the reason, and the server refused it ("Cần ghi lý do"). So, in the form
 * shown while the lock was someone else's, this remembers the values the person changed; the
 * form mounted after the take-over puts them back, and the autosave sends them together.
 * Renders nothing. What changed is told by the field's own initial value, so nothing the server
 * filled in is carried over.
 *
 * The edits belong to the person who typed them: Payload's logout and login change pages without
 * a reload (this module's memory survives), so on a shared computer the next person opening the
 * same document would otherwise get them replayed into their form and autosaved as their edit.
 * They are kept under the signed-in user's id, and anyone else's are dropped. An entry is removed
 * only when it is replayed: React Strict Mode (`next dev`) runs the effect, its cleanup (which
 * cancels the timer) and the effect again, and the second run must still find it.
 */
import { useAllFormFields, useAuth, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useEffect } from 'react'

/** Longer than any take-over refresh takes; stale edits are never replayed after it. */
const CARRY_FOR_MS = 30_000

/** Edits made in a form that is about to be replaced, per person and document. */
const carried = new Map<string, { at: number; user: string; values: Record<string, unknown> }>()

/** Forgets what anyone but `user` typed: it must never reach their form. */
const dropOthers = (user: string) => {
  for (const [key, edits] of carried) if (edits.user !== user) carried.delete(key)
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

export function KeepEditsOnTakeOver() {
  const { id, collectionSlug, globalSlug, isLocked } = useDocumentInfo()
  const [fields, dispatchFields] = useAllFormFields()
  const { setModified } = useForm()
  const { user } = useAuth()
  const userId = user?.id == null ? null : String(user.id)
  const key = `${userId ?? ''}@${collectionSlug ?? `global:${globalSlug ?? ''}`}/${id ?? ''}`

  // The form shown while someone else held the lock: note what the person changes in it.
  useEffect(() => {
    if (!isLocked || userId == null) return
    const values: Record<string, unknown> = {}
    for (const [path, field] of Object.entries(fields)) {
      if (!('value' in field) || !('initialValue' in field)) continue
      if (!same(field.value, field.initialValue)) values[path] = field.value
    }
    if (Object.keys(values).length) carried.set(key, { at: Date.now(), user: userId, values })
    else carried.delete(key)
  }, [fields, isLocked, key, userId])

  // The form mounted after the take-over: put those edits back once it holds the stored values
  // (a timeout, so the form's own initial-state reset has run first).
  useEffect(() => {
    if (isLocked || userId == null) return
    dropOthers(userId)
    const edits = carried.get(key)
    if (!edits) return
    if (Date.now() - edits.at > CARRY_FOR_MS) {
      carried.delete(key)
      return
    }
    const timer = window.setTimeout(() => {
      if (carried.get(key) !== edits) return
      carried.delete(key)
      for (const [path, value] of Object.entries(edits.values))
        dispatchFields({ type: 'UPDATE', path, value })
      setModified(true)
    }, 0)
    return () => window.clearTimeout(timer)
  }, [dispatchFields, isLocked, key, setModified, userId])

  return null
}
