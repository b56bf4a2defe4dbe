/** What the stage field offers each person, read from the transition table itself. */
import { describe, expect, it } from 'vitest'

import { stageChoices } from '@/collections/Articles/stages/stage-choices'
import { STAGES } from '@/collections/Articles/stages/stages'
import { type Capacity, checkTransition } from '@/collections/Articles/stages/transitions'

const as = (...capacities: Capacity[]) => new Set(capacities)

describe('stageChoices', () => {
  it('gives the author of a draft only "Đang viết" and "Chờ biên tập"', () => {
    const offer = stageChoices('writing', as('author'))
    expect(offer.choices).toEqual(['writing', 'editing'])
    expect(offer.hint).toBe('Ngoài các lựa chọn trên, chỉ quản trị được chuyển bài từ "Đang viết".')
  })

  it('gives an editor the forward and return moves, never "Đã đăng"', () => {
    expect(stageChoices('editing', as('editor')).choices).toEqual([
      'editing',
      'approval',
      'returned',
    ])
    const approval = stageChoices('approval', as('editor'))
    expect(approval.choices).toEqual(['approval'])
    expect(approval.hint).toBe(
      'Bước khác: sang "Đã đăng" do lãnh đạo duyệt bài hoặc quản trị (nút "Xuất bản"); sang "Trả lại" do lãnh đạo duyệt bài hoặc quản trị.',
    )
  })

  it('names who else may move a returned piece', () => {
    const offer = stageChoices('returned', as('author'))
    expect(offer.choices).toEqual(['editing', 'returned'])
    expect(offer.hint).toContain('sang "Chờ duyệt đăng" do biên tập viên hoặc quản trị')
  })

  it('gives admins every stage but publishing, without a hint', () => {
    const offer = stageChoices('writing', as('admin'))
    expect(offer.choices).toEqual(STAGES.filter((s) => s !== 'published'))
    expect(offer.hint).toBe('')
  })

  it('offers exactly what checkTransition allows, for every stage and capacity', () => {
    const all: Capacity[] = ['author', 'returnee', 'editor', 'approver', 'admin']
    for (const from of STAGES)
      for (const who of all) {
        const expected = STAGES.filter(
          (to) =>
            to === from ||
            (to !== 'published' &&
              checkTransition({ from, to, capacities: as(who), publishing: false, reason: 'x' })
                .ok),
        )
        expect(stageChoices(from, as(who)).choices, `${who} on ${from}`).toEqual(expected)
      }
  })
})
