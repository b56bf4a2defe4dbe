// @vitest-environment happy-dom
/**
 * ClaimLockOnTakeOver (src/components/admin/locks) with Payload's hooks stubbed, rendered by React
 * into happy-dom: when the view's editor changes from a colleague to the signed-in person (what
 * Payload's "Tiếp quản" does), the server is told whom the document was taken from; never when
 * the person held it all along, and once per take-over.
 */
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const info: { currentEditor: unknown; isLocked?: boolean } = { currentEditor: null }
const clearRouteCache = vi.fn()

vi.mock('@payloadcms/ui', () => ({
  useAuth: () => ({ user: { id: 'editor-1' } }),
  useConfig: () => ({ config: { routes: { api: '/api' } } }),
  useDocumentInfo: () => ({ id: 'a1', collectionSlug: 'articles', ...info }),
  useRouteCache: () => ({ clearRouteCache }),
}))

const { ClaimLockOnTakeOver } = await import('@/components/admin/locks/ClaimLockOnTakeOver')
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const calls: Array<{ method: string; url: string }> = []

describe('ClaimLockOnTakeOver', () => {
  let root: Root
  const show = (editor: unknown) => {
    info.currentEditor = editor
    act(() => root.render(createElement(ClaimLockOnTakeOver)))
  }
  beforeEach(() => {
    calls.length = 0
    clearRouteCache.mockClear()
    info.isLocked = false
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({ method: String(init.method), url })
        return new Response('{}')
      }),
    )
    root = createRoot(document.body.appendChild(document.createElement('div')))
  })
  afterEach(() => {
    act(() => root.unmount())
    vi.unstubAllGlobals()
  })

  it('tells the server whom the document was taken from, once', () => {
    show({ id: 'reporter-7', name: 'Lan' })
    expect(calls).toHaveLength(0)
    show({ id: 'editor-1', email: 'a@b.vn' })
    expect(calls).toEqual([
      {
        method: 'POST',
        url: '/api/locks/taken-over?collection=articles&id=a1&from=reporter-7',
      },
    ])
    // Later renders of the same holder, and the refresh that forgets the editor, send nothing.
    show({ id: 'editor-1' })
    show(null)
    show('editor-1')
    expect(calls).toHaveLength(1)
  })

  it('sends nothing for a document the person held from the start', () => {
    show(null)
    show({ id: 'editor-1' })
    expect(calls).toHaveLength(0)
  })

  it('refreshes a view the server rendered as locked, once the claim is confirmed', async () => {
    info.isLocked = true
    show({ id: 'reporter-7' })
    show({ id: 'editor-1' })
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(clearRouteCache).toHaveBeenCalledTimes(1)
    show({ id: 'editor-1' })
    expect(clearRouteCache).toHaveBeenCalledTimes(1)
  })

  it("leaves a view the server rendered as the person's alone", async () => {
    show({ id: 'reporter-7' })
    show({ id: 'editor-1' })
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(calls).toHaveLength(1)
    expect(clearRouteCache).not.toHaveBeenCalled()
  })
})
