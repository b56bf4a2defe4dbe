/**
 * Every cell of the stage transition table (src/collections/Articles/stages/transitions.ts)
 * for every capacity, written out here by hand from the README's table so that a change to the
 * code's table fails until the README (and this grid) say the same.
 */
import { describe, expect, it } from 'vitest'

import { type Stage, STAGES } from '@/collections/Articles/stages/stages'
import { type Capacity, checkTransition } from '@/collections/Articles/stages/transitions'

// Cells: '=' no move (a plain save); '-' admins only; otherwise who besides admins:
// Au author, Rt returnee, Ed editor, Ap approver. '*' needs a reason, '!' only by publishing.
const GRID = `
            writing  editing   approval  returned  published  unpublished
writing     =        Au        -         -*        -!         -*
editing     -        =         Ed        Ed*       -!         -*
approval    -        -         =         Ap*       Ap!        -*
returned    -        AuRtEd    Ed        =         -!         -*
published   -        -         -         -*        Ap!        Ap*
unpublished -        Ed        Ed        -*        -!         =
`

interface Cell {
  noMove: boolean
  who: Capacity[]
  reason: boolean
  publishing: boolean
}

const CODES: Record<string, Capacity> = {
  Au: 'author',
  Rt: 'returnee',
  Ed: 'editor',
  Ap: 'approver',
}

function parse(): Map<string, Cell> {
  const rows = GRID.trim().split('\n').slice(1)
  const cells = new Map<string, Cell>()
  for (const row of rows) {
    const [from, ...cols] = row.trim().split(/\s+/)
    cols.forEach((raw, i) => {
      const to = STAGES[i] as Stage
      const who = [...raw.matchAll(/Au|Rt|Ed|Ap/g)].map((m) => CODES[m[0]] as Capacity)
      cells.set(`${from}>${to}`, {
        noMove: raw === '=',
        who,
        reason: raw.includes('*'),
        publishing: raw.includes('!'),
      })
    })
  }
  return cells
}

const GRID_CELLS = parse()
const CAPACITIES: Array<Capacity | 'nobody'> = [
  'nobody',
  'author',
  'returnee',
  'editor',
  'approver',
  'admin',
]

describe('the transition table', () => {
  it('the grid covers all 36 pairs', () => {
    expect(GRID_CELLS.size).toBe(STAGES.length * STAGES.length)
  })

  for (const from of STAGES)
    for (const to of STAGES) {
      const cell = GRID_CELLS.get(`${from}>${to}`) as Cell
      for (const capacity of CAPACITIES) {
        const capacities = new Set<Capacity>(capacity === 'nobody' ? [] : [capacity])
        const allowed =
          cell.noMove || capacity === 'admin' || cell.who.includes(capacity as Capacity)
        it(`${from} → ${to} as ${capacity}: ${allowed ? 'allowed' : 'refused'}`, () => {
          const publishing = to === 'published'
          const verdict = checkTransition({ from, to, capacities, publishing, reason: 'Lý do' })
          expect(verdict.ok).toBe(allowed)
          if (!verdict.ok) {
            expect(verdict.status).toBe(403)
            // Says in Vietnamese who may make the move (or that it does not exist).
            expect(verdict.message).toMatch(/Chỉ .+ được chuyển bài|Không thể chuyển bài/)
          }
          if (allowed && !cell.noMove) {
            const bare = checkTransition({ from, to, capacities, publishing, reason: '  ' })
            expect(bare.ok).toBe(!cell.reason)
            if (!bare.ok) expect(bare).toMatchObject({ status: 400, message: /lý do/ })
          }
        })
      }
      if (to === 'published' && from !== 'published')
        it(`${from} → published by setting the stage alone is refused (400) for everyone`, () => {
          for (const capacity of CAPACITIES) {
            const capacities = new Set<Capacity>(capacity === 'nobody' ? [] : [capacity])
            const verdict = checkTransition({ from, to, capacities, publishing: false })
            expect(verdict).toMatchObject({ ok: false, status: 400, message: /Xuất bản/ })
          }
        })
    }

  it('a live article saved as a draft (no publishing) is not a move, for anyone', () => {
    for (const capacity of CAPACITIES) {
      const capacities = new Set<Capacity>(capacity === 'nobody' ? [] : [capacity])
      expect(
        checkTransition({ from: 'published', to: 'published', capacities, publishing: false }).ok,
      ).toBe(true)
    }
  })

  it('names who may make a refused move', () => {
    const verdict = checkTransition({
      from: 'approval',
      to: 'published',
      capacities: new Set(['editor', 'author']),
      publishing: true,
    })
    expect(verdict).toEqual({
      ok: false,
      status: 403,
      message:
        'Chỉ lãnh đạo duyệt bài hoặc quản trị được chuyển bài từ "Chờ duyệt đăng" sang "Đã đăng".',
    })
  })

  it('a person with several roles gets the union of their rights', () => {
    const both = new Set<Capacity>(['editor', 'approver'])
    expect(
      checkTransition({ from: 'editing', to: 'approval', capacities: both, publishing: false }).ok,
    ).toBe(true)
    expect(
      checkTransition({ from: 'approval', to: 'published', capacities: both, publishing: true }).ok,
    ).toBe(true)
  })

  it('words every refusal without a colon, which the admin toast would cut into a list', () => {
    const people: Capacity[][] = [[], ['author'], ['returnee'], ['editor'], ['approver']]
    const messages = new Set<string>()
    for (const from of STAGES)
      for (const to of STAGES)
        for (const capacities of people)
          for (const publishing of [false, true]) {
            const verdict = checkTransition({
              from,
              to,
              capacities: new Set(capacities),
              publishing,
              reason: '',
            })
            if (!verdict.ok) messages.add(verdict.message)
          }
    expect(messages.size).toBeGreaterThan(5)
    expect([...messages].filter((message) => message.includes(':'))).toEqual([])
  })
})
