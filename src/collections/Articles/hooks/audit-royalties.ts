import type { CollectionBeforeChangeHook } from 'payload'

import { truncate } from '@/collections/AuditLog/summary'
import { describeLine, idOf, linesOf, type StoredLine } from '@/royalties/lines'
import { royaltyRoleLabel } from '@/royalties/roles'

import { recordNotedChange } from './record-noted-change'

const CONTEXT_KEY = 'royaltyAuditSummary'

const fingerprint = (lines: StoredLine[]) =>
  JSON.stringify(
    lines.map((l) => [
      idOf(l.person),
      l.role ?? null,
      l.points ?? null,
      l.amount ?? null,
      l.note ?? null,
    ]),
  )

/**
 * Royalty changes go to the audit log (issue 11 §3/§4): who changed which article's lines, from
 * what to what, with the payees' names. Worked out before the save (the stored lines are still
 * at hand, including a pending draft's) and written after it, so a refused save leaves no entry.
 */
export const rememberRoyaltyChange: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (req.context) delete req.context[CONTEXT_KEY]
  if (!('royalties' in data)) return data
  const before = linesOf(originalDoc?.royalties)
  const after = linesOf(data.royalties)
  if (fingerprint(before) === fingerprint(after)) return data
  const ids = [...new Set([...before, ...after].map((l) => idOf(l.person)).filter(Boolean))]
  const names = new Map<string, string>()
  if (ids.length) {
    const { docs } = await req.payload.find({
      collection: 'authors',
      where: { id: { in: ids } },
      select: { name: true },
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) names.set(doc.id, doc.name)
  }
  const list = (lines: StoredLine[]) =>
    lines.length
      ? `[${lines.map((l) => describeLine(l, names, royaltyRoleLabel)).join('; ')}]`
      : '∅'
  req.context[CONTEXT_KEY] = truncate(`nhuận bút: ${list(before)} → ${list(after)}`)
  return data
}

export const auditRoyaltyChange = recordNotedChange(CONTEXT_KEY, 'royalty-change')
