/**
 * Review (issue 11, §3 "role or permission change"): giving an editor per-category rights, or
 * taking them away, is a permission change and goes to the audit log with old → new; saving the
 * account without touching them (its populated categories read back) adds nothing.
 * Note: with UUID ids a change involving two or more categories is summarised as `categories`
 * alone (summary.ts shows values up to 60 characters).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog, Category, User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser } from '../../../helpers/users'

let t: TestPayload
let admin: User
let editor: User
let a: Category
let b: Category

const changes = async (): Promise<AuditLog[]> =>
  (
    await t.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'role-change' }, documentId: { equals: String(editor.id) } },
      sort: 'at',
      overrideAccess: true,
    })
  ).docs

const update = (data: Record<string, unknown>) =>
  t.payload.update({
    collection: 'users',
    id: editor.id,
    data,
    user: admin,
    overrideAccess: false,
    depth: 1,
  })

beforeAll(async () => {
  t = await bootPayload('category-rights-change')
  admin = await createUser(t.payload, 'admin', '-crc')
  editor = await createUser(t.payload, 'editor', '-crc')
  const category = (title: string) =>
    t.payload.create({ collection: 'categories', data: { title }, overrideAccess: true })
  a = await category('Xây dựng Đảng')
  b = await category('Kinh tế')
})

afterAll(async () => {
  await t?.cleanup()
})

describe("an editor's categories in the audit log", () => {
  it('records granting, widening and removing them, by the admin', async () => {
    await update({ categories: [a.id] })
    await update({ categories: [a.id, b.id] })
    await update({ name: 'Biên tập viên chuyên mục' })
    await update({ categories: [] })
    const found = await changes()
    // Ids are UUIDs: a list longer than the summary's 60-character values is named, not shown.
    expect(found.map((e) => e.summary)).toEqual([
      `categories: ∅ → [${a.id}]`,
      'categories',
      'categories',
    ])
    expect(found.every((e) => e.actorEmail === admin.email)).toBe(true)
  })
})
