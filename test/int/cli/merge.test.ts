import { spawnSync } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from '../../helpers/payload'

let t: TestPayload

/** Runs the real `cms` command against the database the test's own Payload uses. */
function cms(...args: string[]) {
  const res = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/cli/index.ts', ...args],
    { env: { ...process.env, LOG_LEVEL: 'error' }, encoding: 'utf8', timeout: 120_000 },
  )
  return { code: res.status, stdout: res.stdout, stderr: res.stderr }
}

beforeAll(async () => {
  t = await bootPayload('cli-merge')
})

afterAll(async () => {
  await t?.cleanup()
})

const article = (id: string) =>
  t.payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true })
const latestDraft = (id: string) =>
  t.payload.findByID({ collection: 'articles', id, depth: 0, draft: true, overrideAccess: true })
const publicUse = async (collection: 'tags' | 'authors', id: string) =>
  (await t.payload.findByID({ collection, id, depth: 0, overrideAccess: true })).publicUse
const exists = async (collection: 'tags' | 'authors', id: string) =>
  (await t.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true }))
    .totalDocs > 0

describe('cms merge-tags', () => {
  it('reassigns in every article, draft and saved version, then deletes the old tag', async () => {
    const p = t.payload
    const [from, into, other] = await Promise.all(
      ['Chuyển đổi số', 'Chuyển đổi số quốc gia', 'Cải cách hành chính'].map((name) =>
        p.create({ collection: 'tags', data: { name }, overrideAccess: true }),
      ),
    )
    const a = await p.create({
      collection: 'articles',
      data: { title: 'Bài A', kind: 'news', _status: 'published', tags: [from!.id, other!.id] },
      overrideAccess: true,
    })
    const b = await p.create({
      collection: 'articles',
      data: { title: 'Bài B', kind: 'news', _status: 'published', tags: [from!.id, into!.id] },
      overrideAccess: true,
    })
    // A pending draft on top of the published B: the merge must not publish it.
    await p.update({
      collection: 'articles',
      id: b.id,
      data: { title: 'Bài B (nháp sửa)', tags: [other!.id, from!.id] },
      draft: true,
      overrideAccess: true,
    })

    const res = cms('merge-tags', '--from', from!.id, '--into', into!.id)
    expect(res.stderr).toBe('')
    expect(res.code).toBe(0)
    expect(res.stdout).toContain('2')

    expect((await article(a.id)).tags).toEqual([into!.id, other!.id])
    const bMain = await article(b.id)
    expect(bMain.tags).toEqual([into!.id])
    expect(bMain.title).toBe('Bài B')
    expect(bMain._status).toBe('published')
    const bDraft = await latestDraft(b.id)
    expect(bDraft.title).toBe('Bài B (nháp sửa)')
    expect(bDraft.tags).toEqual([other!.id, into!.id])
    const versions = await p.findVersions({
      collection: 'articles',
      where: { 'version.tags': { in: [from!.id] } },
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBe(0)
    expect(await exists('tags', from!.id)).toBe(false)
    expect((await publicUse('tags', into!.id)) && (await publicUse('tags', other!.id))).toBe(true)
  })

  it('refuses bad arguments without changing anything', async () => {
    const tag = await t.payload.create({
      collection: 'tags',
      data: { name: 'Giữ nguyên' },
      overrideAccess: true,
    })
    expect(cms('merge-tags', '--from', tag.id).code).toBe(2)
    expect(cms('merge-tags', '--from', tag.id, '--into', tag.id).code).toBe(2)
    const missing = cms('merge-tags', '--from', tag.id, '--into', 'khong-co-id-nay')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('khong-co-id-nay')
    expect(await exists('tags', tag.id)).toBe(true)
  })
})

describe('cms merge-authors', () => {
  it('reassigns bylines and user accounts, then deletes the duplicate author', async () => {
    const p = t.payload
    const from = await p.create({
      collection: 'authors',
      data: { name: 'M. Yến' },
      overrideAccess: true,
    })
    const into = await p.create({
      collection: 'authors',
      data: { name: 'Minh Yến' },
      overrideAccess: true,
    })
    const draft = await p.create({
      collection: 'articles',
      data: { title: 'Nháp của Minh Yến', kind: 'news', _status: 'draft', authors: [from.id] },
      draft: true,
      overrideAccess: true,
    })
    await p.create({
      collection: 'articles',
      data: { title: 'Bài của M. Yến', kind: 'news', _status: 'published', authors: [from.id] },
      overrideAccess: true,
    })
    expect(await publicUse('authors', into.id)).toBe(false)
    const user = await p.create({
      collection: 'users',
      data: {
        email: 'minhyen@test.vn',
        password: 'Pw-minhyen-123',
        roles: ['reporter'],
        author: from.id,
      },
      overrideAccess: true,
    })
    const res = cms('merge-authors', '--from', from.id, '--into', into.id)
    expect(res.code).toBe(0)
    expect((await latestDraft(draft.id)).authors).toEqual([into.id])
    expect((await latestDraft(draft.id))._status).toBe('draft')
    const after = await p.findByID({
      collection: 'users',
      id: user.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(after.author).toBe(into.id)
    expect(await exists('authors', from.id)).toBe(false)
    // The published byline now names `into`, so the public may read it.
    expect(await publicUse('authors', into.id)).toBe(true)
  })
})
