// @vitest-environment happy-dom
/**
 * KeepEditsOnTakeOver (src/components/admin/locks) with Payload's form hooks stubbed, rendered by
 * React into happy-dom (already installed with @lexical/headless): what was changed in the form
 * shown while a colleague held the lock is put back in the form mounted after the take-over, for
 * that document only and never after 30 s. The browser side is test/e2e/return-reason.test.ts.
 */
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const state = {
  info: {} as Record<string, unknown>,
  fields: {} as Record<string, { value: unknown; initialValue: unknown }>,
  dispatch: vi.fn(),
  setModified: vi.fn(),
}
vi.mock('@payloadcms/ui', () => ({
  useDocumentInfo: () => state.info,
  useAllFormFields: () => [state.fields, state.dispatch],
  useForm: () => ({ setModified: state.setModified }),
}))

const { KeepEditsOnTakeOver } = await import('@/components/admin/locks/KeepEditsOnTakeOver')
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

async function mount(id: number, isLocked: boolean) {
  state.info = { id, collectionSlug: 'articles', isLocked }
  const root = createRoot(document.createElement('div'))
  await act(async () => root.render(createElement(KeepEditsOnTakeOver)))
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

  it('puts nothing back after 30 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    await typedWhileLocked(4)
    vi.setSystemTime(Date.now() + 31_000)
    await mount(4, false)
    expect(state.dispatch).not.toHaveBeenCalled()
  })
})
