import type { CollectionBeforeChangeHook } from 'payload'

import { authorForName, photographersOf } from '@/royalties/credit-authors'
import { defaultRoyaltyLines } from '@/royalties/defaults'
import { idOf, linesOf } from '@/royalties/lines'
import { loadRoyaltySettings } from '@/royalties/settings'

/**
 * Pre-fills an article's royalty lines from the royalty table (issue 11 §4): when an editor ticks
 * "Điền nhuận bút mặc định" and saves, and on its own when a piece with no lines yet is forwarded
 * to "Chờ duyệt đăng", so the approver always sees lines to check. Byline authors and the
 * photographers named in the photo credits (author records created from the credit when missing)
 * get the default of the article's kind; existing lines are kept. Runs after the stage hook, so
 * `data.stage` is the stage being saved. The tick itself is virtual and never stored. Reporters
 * cannot send it: field access drops it (and the lines) before this hook runs.
 */
export const fillRoyalties: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const { fillRoyalties: requested, ...rest } = data as Record<string, unknown>
  const pick = (key: string): unknown => (key in rest ? rest[key] : originalDoc?.[key])
  const current = linesOf(pick('royalties'))
  const forwarded =
    rest.stage === 'approval' && originalDoc?.stage !== 'approval' && current.length === 0
  if (requested !== true && !forwarded) return rest
  const settings = await loadRoyaltySettings(req.payload, req)
  const authors = (Array.isArray(pick('authors')) ? (pick('authors') as unknown[]) : [])
    .map(idOf)
    .filter((id): id is string => Boolean(id))
  const photographers: Array<{ person: string; photos: number }> = []
  // One at a time: two new names with the same slug base ("Thu Hà", "Thu Hạ") need two slugs.
  for (const { name, photos } of await photographersOf(req, {
    body: pick('body'),
    coverImage: pick('coverImage'),
  }))
    photographers.push({ person: await authorForName(req, name), photos })
  const existing = current.flatMap((line) => {
    const person = idOf(line.person)
    return person && line.role ? [{ person, role: line.role as never }] : []
  })
  const added = defaultRoyaltyLines(
    { kind: String(pick('kind') ?? 'news'), authors, photographers },
    settings.rates,
    existing,
  )
  return { ...rest, royalties: [...current, ...added] }
}
