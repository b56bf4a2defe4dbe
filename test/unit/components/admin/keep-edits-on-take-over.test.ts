// @vitest-environment happy-dom
/**
 * KeepEditsOnTakeOver (src/components/admin/locks) with Payload's form hooks stubbed, rendered by
 * React into happy-dom (already installed with @lexical/headless): what was changed in the form
 * shown while a colleague held the lock is put back in the form mounted after the take-over, for
 * that document only, for the same signed-in person only, once even when React runs the effects
 * twice (Strict Mode, `next dev`), and never after 30 s. The browser side is
 * test/e2e/return-reason.test.ts.
 */
import { act, createElement, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
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

async function mount(id: number, isLocked: boolean, strict = false) {
  // Every server render of the edit view brings a new form state object.
  state.info = { id, collectionSlug: 'articles', isLocked, initialState: {} }
  const root = createRoot(document.createElement('div'))
  const keeper = createElement(KeepEditsOnTakeOver)
  await act(async () => root.render(strict ? createElement(StrictMode, null, keeper) : keeper))
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  return root
}

/** The locked form: the person types a reason, then the form is replaced. */
async function typedWhileLocked(id: number) {
  state.fields = {
    stageReason: { value: 'Thiếu nguồn', initialValue: null },
    title: { value: 'Tiêu đề', initialValue: 'Tiêu đề' },
  }
  const root = await mount(id, true)
  await act(async () => root.unmount())
  state.fields = { stageReason: { value: null, initialValue: null } }
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

  it('puts nothing back after 30 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    await typedWhileLocked(4)
    vi.setSystemTime(Date.now() + 31_000)
    await mount(4, false)
    expect(state.dispatch).not.toHaveBeenCalled()
  })
})
