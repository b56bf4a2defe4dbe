// @vitest-environment happy-dom
/**
 * KeepEditsOnTakeOver (src/components/admin/locks) with Payload's form hooks stubbed, rendered by
 * React into happy-dom (a devDependency): what was changed in the form shown while a colleague
 * held the lock is put back once the take-over's refresh has reset the form (mounted anew, or
 * given a new initial state when the lock dialog came up after load), for that document only,
 * for the same signed-in person only, only after a take-over, once even when React runs the
 * effects twice (Strict Mode, `next dev`), and never after 30 s. The browser side is
 * test/e2e/return-reason.test.ts and test/e2e/take-over-late-dialog.test.ts.
 */
import { act, createElement, StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const state = {
  info: {} as Record<string, unknown>,
  user: { id: 'user-a' } as { id: string } | null,
  fields: {} as Record<string, { value: unknown; initialValue: unknown }>,
  dispatch: vi.fn(),
  setModified: vi.fn(),
}
vi.mock('@payloadcms/ui', () => ({
  useAuth: () => ({ user: state.user }),
  useDocumentInfo: () => state.info,
  useAllFormFields: () => [state.fields, state.dispatch],
  useForm: () => ({ setModified: state.setModified }),
}))

const { KeepEditsOnTakeOver } = await import('@/components/admin/locks/KeepEditsOnTakeOver')
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const COLLEAGUE = { id: 'user-colleague' }
const TYPED = {
  stageReason: { value: 'Thiếu nguồn', initialValue: null },
  title: { value: 'Tiêu đề', initialValue: 'Tiêu đề' },
}
const STORED = { stageReason: { value: null, initialValue: null } }

/** Renders the keeper again with the current `state`, and lets its timers run. */
async function render(root: Root, strict = false) {
  const keeper = createElement(KeepEditsOnTakeOver)
  await act(async () => root.render(strict ? createElement(StrictMode, null, keeper) : keeper))
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
}

/** A form of the edit view; `isLocked` is the server's word that a colleague holds the lock. */
async function mount(id: number, isLocked: boolean, strict = false) {
  // Every server render of the edit view brings a new form state object.
  state.info = {
    id,
    collectionSlug: 'articles',
    isLocked,
    documentIsLocked: isLocked,
    currentEditor: isLocked ? COLLEAGUE : undefined,
    initialState: {},
  }
  const root = createRoot(document.createElement('div'))
  await render(root, strict)
  return root
}

/**
 * The form shown locked: the person types a reason, takes over (Payload makes them the
 * document's editor) unless `takeOver` is false, and the form is replaced.
 */
async function typedWhileLocked(id: number, takeOver = true) {
  state.fields = TYPED
  const root = await mount(id, true)
  if (takeOver) {
    state.info = { ...state.info, currentEditor: state.user }
    await render(root)
  }
  await act(async () => root.unmount())
  state.fields = STORED
}

beforeEach(() => {
  state.user = { id: 'user-a' }
  state.dispatch.mockReset()
  state.setModified.mockReset()
})
afterEach(() => vi.useRealTimers())

describe('KeepEditsOnTakeOver', () => {
  it('puts back only what was changed, in the form mounted after the take-over', async () => {
    await typedWhileLocked(1)
    await mount(1, false)
    expect(state.dispatch.mock.calls).toEqual([
      [{ type: 'UPDATE', path: 'stageReason', value: 'Thiếu nguồn' }],
    ])
    expect(state.setModified).toHaveBeenCalledWith(true)
  })

  it('puts nothing into another document', async () => {
    await typedWhileLocked(2)
    await mount(3, false)
    expect(state.dispatch).not.toHaveBeenCalled()
  })

  it("never puts one person's typing into the next person's form, and forgets it", async () => {
    // A shared computer: A types in the locked form, logs out, B logs in without a page reload.
    await typedWhileLocked(5)
    state.user = { id: 'user-b' }
    await mount(5, false)
    expect(state.dispatch).not.toHaveBeenCalled()
    // A's typing was dropped when B's form came up: A signing in again gets nothing back either.
    state.user = { id: 'user-a' }
    await mount(5, false)
    expect(state.dispatch).not.toHaveBeenCalled()
  })

  it('puts the edits back once when React runs the effects twice (Strict Mode)', async () => {
    await typedWhileLocked(6)
    await mount(6, false, true)
    expect(state.dispatch.mock.calls).toEqual([
      [{ type: 'UPDATE', path: 'stageReason', value: 'Thiếu nguồn' }],
    ])
  })

  it('puts nothing back without a take-over (the person left and came back)', async () => {
    await typedWhileLocked(8, false)
    await mount(8, false)
    expect(state.dispatch).not.toHaveBeenCalled()
  })

  it('puts edits back when the lock dialog came up after load, once the refresh reset them', async () => {
    // Opened while nobody held it; the person types, and the answer to the form-state request
    // says a colleague holds it (Payload's dialog).
    const root = await mount(9, false)
    state.fields = TYPED
    state.info = { ...state.info, documentIsLocked: true, currentEditor: COLLEAGUE }
    await render(root)
    // "Tiếp quản": the person is the editor now; the typed values are still on screen.
    state.info = { ...state.info, currentEditor: state.user }
    await render(root)
    expect(state.dispatch).not.toHaveBeenCalled()
    // The refreshed view arrives: same form, a new initial state, the stored values back.
    state.info = { ...state.info, initialState: {} }
    state.fields = STORED
    await render(root)
    expect(state.dispatch.mock.calls).toEqual([
      [{ type: 'UPDATE', path: 'stageReason', value: 'Thiếu nguồn' }],
    ])
  })

  it('puts nothing back after 30 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    await typedWhileLocked(4)
    vi.setSystemTime(Date.now() + 31_000)
    await mount(4, false)
    expect(state.dispatch).not.toHaveBeenCalled()
  })
})
