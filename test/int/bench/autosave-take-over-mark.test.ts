/**
 * What reading the take-over mark at the start of each autosave costs (src/hooks/taken-over-mark.ts,
 * noteSaveStart in keep-lock-on-autosave): admin autosaves over HTTP with the hook and without it,
 * alternated in blocks of ten in one run, medians compared; then the mark read alone.
 * A measurement, not a check: it runs only with BENCH=1 (figures in BENCHMARKS.md).
 */
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noteSaveStart } from '@/collections/Articles/hooks/keep-lock-on-autosave'
import type { User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../helpers/api-server'
import { jsonCall, loginToken } from '../../helpers/http'
import { bootPayload, type TestPayload } from '../../helpers/payload'
import { articleIn } from '../../helpers/stages'
import { createUser, passwordFor } from '../../helpers/users'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

describe.skipIf(!process.env.BENCH)('autosave: cost of the take-over mark read', () => {
  let t: TestPayload
  let api: ApiServer
  let reporter: User
  let token = ''
  beforeAll(async () => {
    t = await bootPayload('bench-autosave-mark')
    api = await startApiServer(t.payload.config)
    reporter = await createUser(t.payload, 'reporter')
    token = await loginToken(api.url, reporter.email, passwordFor('reporter'))
  }, 120_000)
  afterAll(async () => {
    await api?.close()
    await t?.cleanup()
  })

  it('with and without noteSaveStart', async () => {
    const id = String((await articleIn(t.payload, 'editing', reporter)).id)
    const served = await getPayload({ config: t.payload.config })
    const hooks = served.collections.articles.config.hooks
    const withRead = [...hooks.beforeOperation]
    const withoutRead = withRead.filter((hook) => hook !== noteSaveStart)
    expect(withoutRead.length).toBe(withRead.length - 1)
    const ms = { with: [] as number[], without: [] as number[] }
    let n = 0
    try {
      for (let round = 0; round < 12; round++) {
        for (const mode of ['with', 'without'] as const) {
          hooks.beforeOperation = mode === 'with' ? withRead : withoutRead
          for (let i = 0; i < 10; i++) {
            const start = performance.now()
            const res = await jsonCall(
              api.url,
              token,
              'PATCH',
              `/api/articles/${id}?autosave=true&draft=true`,
              { title: `Tin ${n++}` },
            )
            ms[mode].push(performance.now() - start)
            expect(res.status).toBe(200)
          }
        }
      }
    } finally {
      hooks.beforeOperation = withRead
    }
    const start = performance.now()
    for (let i = 0; i < 200; i++) await served.kv.get(`lock-taken:articles/${id}`)
    const read = (performance.now() - start) / 200
    console.log(
      `autosave median: with ${median(ms.with).toFixed(1)} ms, without ${median(ms.without).toFixed(1)} ms, ` +
        `ratio ${(median(ms.with) / median(ms.without)).toFixed(3)} (n=${ms.with.length} each); ` +
        `mark read alone ${read.toFixed(3)} ms (mean of 200)`,
    )
  }, 300_000)
})
