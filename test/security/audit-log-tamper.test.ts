/**
 * Attack: an admin (or whoever stole an admin's session) covers their tracks by editing or
 * deleting audit entries over REST, GraphQL or the admin. Every route refuses, the entry stays
 * as written, and the address recorded is the one Express saw, not one the client claimed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog } from '@/payload-types'

import { jsonCall } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let admin: Staff
let entry: AuditLog

const stored = () =>
  server.payload.findByID({ collection: 'audit-log', id: entry.id, depth: 0, overrideAccess: true })

beforeAll(async () => {
  server = await startProductionServer()
  admin = await staffMember(server.payload, server.url, 'admin')
  const { docs } = await server.payload.find({
    collection: 'audit-log',
    where: { and: [{ action: { equals: 'login' } }, { actor: { equals: admin.id } }] },
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error('the admin login left no audit entry')
  entry = docs[0]
})

afterAll(async () => {
  await server?.close()
})

describe('audit log entries', () => {
  it('record the address Express saw, not one the client sends', async () => {
    expect(entry.ip).toMatch(/127\.0\.0\.1|::1/)
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portal-client-ip': '198.51.100.9' },
      body: JSON.stringify({ email: 'khong-ton-tai@test.vn', password: 'sai' }),
    })
    expect(res.status).toBe(401)
    const { docs } = await server.payload.find({
      collection: 'audit-log',
      where: { actorEmail: { equals: 'khong-ton-tai@test.vn' } },
      overrideAccess: true,
    })
    expect(docs[0]?.action).toBe('login-failed')
    expect(docs[0]?.ip).not.toBe('198.51.100.9')
  })

  it('cannot be changed or deleted by an admin over REST', async () => {
    const patch = await jsonCall(server.url, admin.token, 'PATCH', `/api/audit-log/${entry.id}`, {
      summary: 'đã sửa',
      actorEmail: 'nguoi-khac@test.vn',
    })
    expect(patch.status).toBe(403)
    const del = await jsonCall(server.url, admin.token, 'DELETE', `/api/audit-log/${entry.id}`)
    expect(del.status).toBe(403)
    const bulk = await jsonCall(
      server.url,
      admin.token,
      'DELETE',
      `/api/audit-log?where[id][equals]=${entry.id}`,
    )
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    const forged = await jsonCall(server.url, admin.token, 'POST', '/api/audit-log', {
      at: new Date().toISOString(),
      action: 'login',
      actorEmail: 'gia-mao@test.vn',
    })
    expect(forged.status).toBe(403)
    expect(await stored()).toEqual(entry)
  })

  it('cannot be changed or deleted by an admin over GraphQL', async () => {
    const update = await graphql(
      server.url,
      admin,
      `mutation { updateAuditLog(id: "${entry.id}", data: { summary: "đã sửa" }) { id } }`,
    )
    expect(update.errors.length).toBeGreaterThan(0)
    const remove = await graphql(
      server.url,
      admin,
      `mutation { deleteAuditLog(id: "${entry.id}") { id } }`,
    )
    expect(remove.errors.length).toBeGreaterThan(0)
    expect(await stored()).toEqual(entry)
  })

  it('are read-only in the admin: no create, edit or delete permission, even for admins', async () => {
    const access = await jsonCall(server.url, admin.token, 'GET', '/api/access')
    // Payload answers permissions as `true` or `{ permission: true }` and leaves refused ones out.
    const allowed = (value: unknown) =>
      value === true || (value as { permission?: unknown } | undefined)?.permission === true
    const rights = (access.json.collections as Record<string, Record<string, unknown>>)['audit-log']
    expect(allowed(rights?.read)).toBe(true)
    for (const op of ['create', 'update', 'delete']) expect(allowed(rights?.[op])).toBe(false)
    const docAccess = await jsonCall(
      server.url,
      admin.token,
      'POST',
      `/api/audit-log/access/${entry.id}`,
    )
    expect(docAccess.status).toBe(200)
    expect(allowed(docAccess.json.read)).toBe(true)
    for (const op of ['update', 'delete']) expect(allowed(docAccess.json[op])).toBe(false)
  })
})
