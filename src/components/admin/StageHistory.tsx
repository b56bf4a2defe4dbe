/**
 * The article's processing history in the admin sidebar: every stage move in order, with who,
 * when, from, to and the reason (read-only; the list is written only by the stage hook).
 */
import type { ArrayFieldServerProps } from 'payload'

import { isStage, STAGE_LABELS } from '@/collections/Articles/stages/stages'

interface Entry {
  id?: string | null
  by?: unknown
  at?: string | null
  from?: string | null
  to?: string | null
  reason?: string | null
}

const label = (stage: string | null | undefined): string =>
  isStage(stage) ? STAGE_LABELS[stage] : '—'

const idOf = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : value && typeof value === 'object' && 'id' in value
      ? String((value as { id: unknown }).id)
      : null

const when = (iso: string | null | undefined): string =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Asia/Ho_Chi_Minh',
      }).format(new Date(iso))
    : ''

export async function StageHistory({ data, req }: ArrayFieldServerProps) {
  const entries = ((data as { stageHistory?: Entry[] | null })?.stageHistory ?? []).filter(Boolean)
  const ids = [...new Set(entries.map((e) => idOf(e.by)).filter((v): v is string => v !== null))]
  const users = ids.length
    ? await req.payload.find({
        collection: 'users',
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const names = new Map(users.docs.map((u) => [String(u.id), u.name || u.email]))
  return (
    <div className="field-type stage-history" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">Lịch sử xử lý</span>
      {entries.length === 0 ? (
        <p style={{ opacity: 0.7 }}>Chưa có lượt chuyển giai đoạn nào.</p>
      ) : (
        <ol style={{ paddingLeft: '1.2em', margin: 0 }}>
          {entries.map((e, i) => (
            <li key={e.id ?? i} style={{ marginBottom: '0.5em' }}>
              <strong>
                {label(e.from)} → {label(e.to)}
              </strong>
              <br />
              <small>
                {names.get(idOf(e.by) ?? '') ?? 'Hệ thống'} · {when(e.at)}
              </small>
              {e.reason ? (
                <>
                  <br />
                  <small>Lý do: {e.reason}</small>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
