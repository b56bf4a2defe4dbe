/**
 * The whole stage transition table × roles on a real Payload, by REST, GraphQL and the Local API
 * acting as the user (overrideAccess: false): every allowed move lands (stage, `_status` and
 * history agree) and every other one is refused with nothing changed, with the Vietnamese
 * message saying who may do it whenever the person may edit the article at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Stage, STAGES } from '@/collections/Articles/stages/stages'
import { type Capacity, TRANSITIONS } from '@/collections/Articles/stages/transitions'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import {
  type Api,
  articleIn,
  latest,
  move,
  moveData,
  type Person,
  REASON,
} from '../../../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer
const ACTORS = ['author', 'otherReporter', 'editor', 'approver', 'admin'] as const
type Actor = (typeof ACTORS)[number]
const people = {} as Record<Actor, Person>

const ROLE_OF: Record<Actor, TestRole> = {
  author: 'reporter',
  otherReporter: 'reporter',
  editor: 'editor',
  approver: 'approver',
  admin: 'admin',
}
const CAPACITY_OF: Record<Actor, Capacity[]> = {
  author: ['author'],
  otherReporter: [],
  editor: ['editor'],
  approver: ['approver'],
  admin: ['admin'],
}

beforeAll(async () => {
  t = await bootPayload('stages-table')
  api = await startApiServer(t.payload.config)
  for (const actor of ACTORS) {
    const role = ROLE_OF[actor]
    const user = await createUser(t.payload, role, `-${actor}`)
    people[actor] = { user, token: await loginToken(api.url, user.email, passwordFor(role)) }
  }
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

/** May this person save the article at all (the access functions, before any stage rule)? */
function mayEdit(actor: Actor, from: Stage): boolean {
  if (actor === 'otherReporter') return false
  if (actor === 'author') return from !== 'published' && from !== 'unpublished'
  return true
}

function expected(actor: Actor, from: Stage, to: Stage): boolean {
  if (!mayEdit(actor, from)) return false
  if (from === to && to !== 'published') return true
  const rule = TRANSITIONS[from][to]
  return CAPACITY_OF[actor].some((c) => c === 'admin' || Boolean(rule?.who.includes(c)))
}

describe.each<Api>(['rest', 'graphql', 'local'])('every move by %s', (which) => {
  for (const from of STAGES)
    it(`from "${from}" to every stage, as every role`, async () => {
      const ctx = { url: api.url, payload: t.payload }
      let article = await articleIn(t.payload, from, people.author.user)
      const failures: string[] = []
      for (const to of STAGES)
        for (const actor of ACTORS) {
          const want = expected(actor, from, to)
          const got = await move(which, ctx, people[actor], article.id, moveData(to))
          const after = await latest(t.payload, article.id)
          const cell = `${from} → ${to} as ${actor}`
          if (got.ok !== want) {
            failures.push(
              `${cell}: expected ${want ? 'allowed' : 'refused'}, got ${JSON.stringify(got)}`,
            )
          } else if (want) {
            if (after.stage !== (to === from ? from : to))
              failures.push(`${cell}: stage ${after.stage}`)
            if (to === 'published' && after._status !== 'published')
              failures.push(`${cell}: _status ${after._status}`)
            if (to === 'unpublished') {
              const live = await t.payload.findByID({
                collection: 'articles',
                id: article.id,
                overrideAccess: true,
              })
              if (live._status !== 'draft') failures.push(`${cell}: still live`)
            }
            if (to !== from) {
              const last = after.stageHistory?.at(-1)
              if (last?.from !== from || last?.to !== to || last?.by !== people[actor].user.id)
                failures.push(`${cell}: history ${JSON.stringify(last)}`)
              if ((to === 'returned' || to === 'unpublished') && last?.reason !== REASON)
                failures.push(`${cell}: reason ${last?.reason}`)
            }
            // The next person starts again from `from`, never edited by anyone.
            article = await articleIn(t.payload, from, people.author.user)
          } else {
            if (after.stage !== from) failures.push(`${cell}: refused but stage is ${after.stage}`)
            if (which !== 'graphql' && ![400, 403].includes(got.status))
              failures.push(`${cell}: status ${got.status}`)
            // On the Local API a publish attempt by someone who may not publish stops at the
            // access function (which also answers the admin's permission probes): a plain 403.
            const plain = which === 'local' && to === 'published'
            const said = /được chuyển bài|Không thể chuyển bài|Xuất bản|được đăng bài/.test(
              got.message,
            )
            if (mayEdit(actor, from) && !plain && !said)
              failures.push(`${cell}: message "${got.message}"`)
          }
        }
      expect(failures).toEqual([])
    })
})
