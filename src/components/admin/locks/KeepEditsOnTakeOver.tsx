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
 */
import { useAllFormFields, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useEffect } from 'react'

/** Longer than any take-over refresh takes; stale edits are never replayed after it. */
const CARRY_FOR_MS = 30_000

/** Edits made in a form that is about to be replaced, per document. */
const carried = new Map<string, { at: number; values: Record<string, unknown> }>()

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

export function KeepEditsOnTakeOver() {
  const { id, collectionSlug, globalSlug, isLocked } = useDocumentInfo()
  const [fields, dispatchFields] = useAllFormFields()
  const { setModified } = useForm()
  const key = `${collectionSlug ?? `global:${globalSlug ?? ''}`}/${id ?? ''}`

  // The form shown while someone else held the lock: note what the person changes in it.
  useEffect(() => {
    if (!isLocked) return
    const values: Record<string, unknown> = {}
    for (const [path, field] of Object.entries(fields)) {
      if (!('value' in field) || !('initialValue' in field)) continue
      if (!same(field.value, field.initialValue)) values[path] = field.value
    }
    if (Object.keys(values).length) carried.set(key, { at: Date.now(), values })
    else carried.delete(key)
  }, [fields, isLocked, key])

  // The form mounted after the take-over: put those edits back once it holds the stored values
  // (a timeout, so the form's own initial-state reset has run first).
  useEffect(() => {
    if (isLocked) return
    const edits = carried.get(key)
    carried.delete(key)
    if (!edits || Date.now() - edits.at > CARRY_FOR_MS) return
    const timer = window.setTimeout(() => {
      for (const [path, value] of Object.entries(edits.values))
        dispatchFields({ type: 'UPDATE', path, value })
      setModified(true)
    }, 0)
    return () => window.clearTimeout(timer)
  }, [dispatchFields, isLocked, key, setModified])

  return null
}
