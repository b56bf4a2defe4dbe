// @vitest-environment happy-dom
/**
 * ReleaseLockOnLeave (src/components/admin/locks) with Payload's hooks stubbed, rendered by React
 * into happy-dom: the edit view tells the server it is open again (POST /api/locks/reopened) both
 * when it mounts and when the browser brings the page back from its back-forward cache. Leaving
 * for that cache sent a closing release whose server-side repeats would otherwise delete the lock
 * the restored view takes as soon as the person types (src/hooks/release-again-after-close.ts).
 */
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('@payloadcms/ui', () => ({
  useAuth: () => ({ user: { id: 'user-a' } }),
  useConfig: () => ({ config: { routes: { api: '/api' } } }),
  useDocumentDrawerContext: () => undefined,
  useDocumentInfo: () => ({ id: 'a1', collectionSlug: 'articles' }),
}))

const { ReleaseLockOnLeave } = await import('@/components/admin/locks/ReleaseLockOnLeave')
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const calls: Array<{ method: string; url: string }> = []
const reopens = () =>
  calls.filter((c) => c.method === 'POST' && c.url.startsWith('/api/locks/reopened?'))
const closingReleases = () => calls.filter((c) => c.method === 'DELETE')

const pageEvent = (type: 'pagehide' | 'pageshow', persisted: boolean) => {
  const event = new Event(type)
  Object.defineProperty(event, 'persisted', { value: persisted })
  window.dispatchEvent(event)
}

describe('ReleaseLockOnLeave', () => {
  let root: Root
  beforeEach(() => {
    calls.length = 0
    window.localStorage.clear()
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({ method: String(init.method), url })
        return new Response('{}')
      }),
    )
    root = createRoot(document.body.appendChild(document.createElement('div')))
    act(() => root.render(createElement(ReleaseLockOnLeave)))
  })
  afterEach(() => {
    act(() => root.unmount())
    vi.unstubAllGlobals()
  })

  it('says the document is open again when it mounts', () => {
    expect(reopens()).toHaveLength(1)
    expect(reopens()[0]!.url).toBe('/api/locks/reopened?collection=articles&id=a1')
  })

  it('says so again when the page comes back from the back-forward cache', () => {
    pageEvent('pagehide', true)
    expect(closingReleases()).toHaveLength(1)
    pageEvent('pageshow', true)
    expect(reopens()).toHaveLength(2)
  })

  it('not on an ordinary page show', () => {
    pageEvent('pageshow', false)
    expect(reopens()).toHaveLength(1)
  })
})
