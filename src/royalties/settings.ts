/**
 * The royalty settings as the hooks and the report use them: the stored table, or the starting
 * table (defaults.ts) while an admin has never saved it.
 */
import type { Payload, PayloadRequest } from 'payload'

import { DEFAULT_POINT_VALUE, DEFAULT_RATES, type RateRow } from './defaults'
import { isRoyaltyRole } from './roles'

export interface RoyaltySettingsValue {
  pointValue: number
  rates: RateRow[]
}

export async function loadRoyaltySettings(
  payload: Payload,
  req?: PayloadRequest,
): Promise<RoyaltySettingsValue> {
  const doc = await payload.findGlobal({
    slug: 'royalty-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const saved = Boolean(doc.updatedAt)
  const pointValue =
    typeof doc.pointValue === 'number' && Number.isFinite(doc.pointValue)
      ? doc.pointValue
      : DEFAULT_POINT_VALUE
  if (!saved) return { pointValue, rates: DEFAULT_RATES }
  const rates: RateRow[] = (doc.rates ?? []).flatMap((row) =>
    isRoyaltyRole(row.role) && row.kind
      ? [{ kind: row.kind, role: row.role, points: row.points, amount: row.amount }]
      : [],
  )
  return { pointValue, rates }
}
