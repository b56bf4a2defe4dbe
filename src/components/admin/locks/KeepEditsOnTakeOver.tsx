'use client'
/**
 * Keeps what a person typed around taking over a locked document ("Tiếp quản").
 *
 * Payload's take-over refreshes the route, and the refreshed view (a few hundred milliseconds
 * later, seconds on a busy server) puts the stored document back into the form: anything typed or
 * picked in the form meanwhile is gone. An editor who took over, typed a return reason and picked
 * "Trả lại" sent the stage without the reason, and the server refused it ("Cần ghi lý do"). So,
 * in the form shown while the lock was someone else's, this remembers the values the person
 * changed, and once the refreshed view has replaced them they are put back; the autosave sends
 * them together. Renders nothing. What changed is told by the field's own initial value, so
 * nothing the server filled in is carried over.
 *
 * Payload's lock dialog comes up in two ways, and both lose the typing (read in
 * @payloadcms/ui dist/views/Edit, utilities/handleTakeOver, forms/Form):
 * - at load, when the server already knew the lock was someone else's (`isLocked`). The edit
 *   view keys its form by `isLocked`; after the take-over the server says false, so the form is
 *   mounted anew from the stored document.
 * - after load, when the person's first change makes a form-state request and its answer says
 *   who holds the lock (`documentIsLocked` and `currentEditor`, client state). What they typed is
 *   behind the dialog. Taking over refreshes the view with `isLocked` false both times, so the
 *   form is not mounted anew, but the refresh brings a new `initialState` and the form replaces
 *   all its values with it (REPLACE_STATE).
 * Either way the values are put back when this form's `initialState` is not the one they were
 * noted against (or another form is mounted), and only after Payload's take-over set the person
 * as the document's editor: edits noted while a colleague held it are never replayed after
 * merely leaving and coming back.
 *
 * The edits belong to the person who typed them: Payload's logout and login change pages without
 * a reload (this module's memory survives), so on a shared computer the next person opening the
 * same document would otherwise get them replayed into their form and autosaved as their edit.
 * They are kept under the signed-in user's id, and anyone else's are dropped. An entry is removed
 * only when it is replayed: React Strict Mode (`next dev`) runs the effect, its cleanup (which
 * cancels the timer) and the effect again, and the second run must still find it.
 */
import { useAllFormFields, useAuth, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/** Longer than any take-over refresh takes; stale edits are never replayed after it. */
const CARRY_FOR_MS = 30_000

interface Carried {
  at: number
  user: string
  values: Record<string, unknown>
  /** The mounted form, and the initial state it held, when the values were noted. */
  form: object
  state: unknown
  /** Whether Payload's take-over has since made the person the document's editor. */
  tookOver: boolean
}

/** Edits made in a form that is about to be reset, per person and document. */
const carried = new Map<string, Carried>()

/** Forgets what anyone but `user` typed: it must never reach their form. */
const dropOthers = (user: string) => {
  for (const [key, edits] of carried) if (edits.user !== user) carried.delete(key)
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const idOf = (who: unknown): string | null => {
  const id = who !== null && typeof who === 'object' && 'id' in who ? who.id : who
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

export function KeepEditsOnTakeOver() {
  const info = useDocumentInfo()
  const { id, collectionSlug, globalSlug, isLocked, documentIsLocked, initialState } = info
  const [fields, dispatchFields] = useAllFormFields()
  const { setModified } = useForm()
  const { user } = useAuth()
  const [form] = useState(() => ({}))
  const userId = idOf(user)
  const editorId = idOf(info.currentEditor)
  const lockedByOther =
    Boolean(isLocked) || (Boolean(documentIsLocked) && editorId != null && editorId !== userId)
  const key = `${userId ?? ''}@${collectionSlug ?? `global:${globalSlug ?? ''}`}/${id ?? ''}`

  // The form shown while someone else held the lock, until the take-over's refresh has reset it:
  // note what the person changes in it.
  useEffect(() => {
    if (userId == null) return
    const noted = carried.get(key)
    const awaitingRefresh = noted?.form === form && noted.state === initialState
    if (!lockedByOther && !awaitingRefresh) return
    const values: Record<string, unknown> = {}
    for (const [path, field] of Object.entries(fields)) {
      if (!('value' in field) || !('initialValue' in field)) continue
      if (!same(field.value, field.initialValue)) values[path] = field.value
    }
    if (!Object.keys(values).length) {
      carried.delete(key)
      return
    }
    const tookOver = Boolean(awaitingRefresh && noted?.tookOver) || editorId === userId
    carried.set(key, { at: Date.now(), user: userId, values, form, state: initialState, tookOver })
  }, [editorId, fields, form, initialState, key, lockedByOther, userId])

  // The form reset after the take-over: put those edits back once it holds the stored values
  // (a timeout, so the form's own initial-state reset, an effect of its parent, has run first).
  useEffect(() => {
    if (lockedByOther || userId == null) return
    dropOthers(userId)
    const edits = carried.get(key)
    if (!edits) return
    if (Date.now() - edits.at > CARRY_FOR_MS) {
      carried.delete(key)
      return
    }
    // Still the values they were typed in: the refresh has not reset them yet.
    if (edits.form === form && edits.state === initialState) return
    if (!edits.tookOver) {
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
  }, [dispatchFields, form, initialState, key, lockedByOther, setModified, userId])

  return null
}
