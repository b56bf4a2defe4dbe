// Interview turns: `P.V:` / `PV:` / `Phóng viên:` questions and `Đồng chí Nguyễn Văn An:` answers.
import { isCapitalised, SURNAMES } from './names'
import { wordsPattern } from './regex'
import type { InterviewTurn } from './types'

const QUESTION = /^(p\s?\.\s?v|pv|p\/v|phóng viên|nhà báo)\s*:\s*/iu
const HONORIFIC = wordsPattern(
  'đồng chí|đ/c|ông|bà|anh|chị|thượng tá|đại tá|thiếu tướng|trung tướng|thiếu tá|trung tá|' +
    'gs|pgs|ts|ths|gs.ts|pgs.ts|nhà giáo|bác sĩ|luật sư|nghệ sĩ',
  'iu',
  '$',
)

export interface TurnStart {
  speaker: string
  isQuestion: boolean
  text: string
}

/** Recognises a paragraph that opens a new turn; the speaker label must look like a person. */
export function parseTurnStart(paragraph: string): TurnStart | undefined {
  const q = paragraph.match(QUESTION)
  if (q)
    return {
      speaker: q[0].replace(/\s*:\s*$/, '').trim(),
      isQuestion: true,
      text: paragraph.slice(q[0].length).trim(),
    }
  const colon = paragraph.indexOf(':')
  if (colon < 3 || colon > 60) return undefined
  const label = paragraph.slice(0, colon).trim()
  const text = paragraph.slice(colon + 1).trim()
  if (!text || /[,;()]/.test(label)) return undefined
  const words = label.split(/\s+/)
  let nameStart = 0
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (HONORIFIC.test(words.slice(0, n).join(' '))) {
      nameStart = n
      break
    }
  }
  const name = words.slice(nameStart)
  if (name.length < 2 || name.length > 5 || !name.every(isCapitalised)) return undefined
  // Without an honorific the label has to start with a surname (`Nguyễn Văn An:`), which keeps
  // `Thứ nhất:` or `Kết quả:` out.
  if (nameStart === 0 && !SURNAMES.has(name[0] ?? '')) return undefined
  return { speaker: label, isQuestion: false, text }
}

/** Joins continuation turns of the same speaker (split by photos) into one Q&A list. */
export function mergeTurns(turns: InterviewTurn[]): InterviewTurn[] {
  const out: InterviewTurn[] = []
  for (const turn of turns) {
    const last = out.at(-1)
    if (last && last.speaker === turn.speaker && last.isQuestion === turn.isQuestion && turn.text) {
      last.text = `${last.text}\n\n${turn.text}`
    } else out.push({ ...turn })
  }
  return out
}
