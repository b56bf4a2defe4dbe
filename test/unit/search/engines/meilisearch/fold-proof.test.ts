import { describe, expect, it } from 'vitest'

import { encodeFoldProof, encodeFoldProofWord } from '@/search/engines/meilisearch/fold-proof'

describe('fold-proof encoding', () => {
  it('spells marked words the telex way with the tone key last', () => {
    expect(encodeFoldProofWord('tổ')).toBe('toor')
    expect(encodeFoldProofWord('chức')).toBe('chuwcs')
    expect(encodeFoldProofWord('Đảng')).toBe('ddangr')
    expect(encodeFoldProofWord('hướng')).toBe('huwowngs')
    expect(encodeFoldProofWord('ặ')).toBe('awj')
    expect(encodeFoldProofWord('quyết')).toBe('quyeets')
    expect(encodeFoldProofWord('Nghĩa')).toBe('nghiax')
    expect(encodeFoldProofWord('mười')).toBe('muwowif')
  })

  it('marks unmarked words with z so they differ from marked look-alikes', () => {
    expect(encodeFoldProofWord('ban')).toBe('banz')
    expect(encodeFoldProofWord('bàn')).toBe('banf')
    expect(encodeFoldProofWord('UBND')).toBe('ubndz')
  })

  it('is independent of tone placement and Unicode normalisation', () => {
    expect(encodeFoldProofWord('uỷ')).toBe(encodeFoldProofWord('ủy'))
    expect(encodeFoldProofWord('hoá')).toBe(encodeFoldProofWord('hóa'))
    expect(encodeFoldProofWord('tổ'.normalize('NFD'))).toBe('toor')
  })

  it('outputs only ASCII letters and digits, nothing a folding engine could change', () => {
    const out = encodeFoldProof('Nghị quyết số 12-NQ/ĐUK: Đảng uỷ Khối — “chuyển đổi số” 😀 ß')
    expect(out).toMatch(/^[a-z0-9 ]+$/)
    expect(out).toBe('nghij quyeets soos nqz ddukz ddangr uyr khoois chuyeenr ddooir soos')
  })

  it('drops numbers and empty input', () => {
    expect(encodeFoldProofWord('2024')).toBe('')
    expect(encodeFoldProof('')).toBe('')
    expect(encodeFoldProof('!!! ...')).toBe('')
  })
})
