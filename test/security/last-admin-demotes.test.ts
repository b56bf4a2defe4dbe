/**
 * Attack (or accident): the only admin removes their own admin role, leaving a portal nobody can
 * manage. Deleting the last admin was already refused; demoting is refused the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jsonCall } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let admin: Staff

beforeAll(async () => {
  server = await startProductionServer()
  admin = await staffMember(server.payload, server.url, 'admin')
})

afterAll(async () => {
  await server?.close()
})

const rolesOf = async (id: string) =>
  (await server.payload.findByID({ collection: 'users', id, overrideAccess: true })).roles

describe('the last admin', () => {
  it('cannot demote themselves over REST or GraphQL', async () => {
    const res = await jsonCall(server.url, admin.token, 'PATCH', `/api/users/${admin.id}`, {
      roles: ['editor'],
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('quản trị cuối cùng')
    const gql = await graphql(
      server.url,
      admin,
      `mutation { updateUser(id: "${admin.id}", data: { roles: [editor] }) { id } }`,
    )
    expect(gql.errors.join(' ')).toContain('quản trị cuối cùng')
    expect(await rolesOf(admin.id)).toContain('admin')
  })

  it('can step down once another admin exists', async () => {
    await staffMember(server.payload, server.url, 'admin', '2')
    const res = await jsonCall(server.url, admin.token, 'PATCH', `/api/users/${admin.id}`, {
      roles: ['editor'],
    })
    expect(res.status).toBe(200)
    expect(await rolesOf(admin.id)).toEqual(['editor'])
  })
})
