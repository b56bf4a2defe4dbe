/**
 * Who may move an article from one stage to another: the one table of the newsroom's rules
 * (README, Stages), pure so that every cell has a unit test. The hooks ask `checkTransition`
 * and answer its Vietnamese message with the status it gives.
 *
 * Capacities are what a person is for this article: `author` created the draft, `returnee` is
 * the one it was last returned to, and the roles they hold. Admins may make any move.
 */
import { type Stage, STAGE_LABELS } from './stages'

export type Capacity = 'author' | 'returnee' | 'editor' | 'approver' | 'admin'

export interface Rule {
  /** Who may make the move (admins always may). */
  who: readonly Capacity[]
  /** A reason (`stageReason`) is required. */
  reason?: true
  /** The move happens only by publishing (`_status: 'published'`), never by setting `stage`. */
  byPublishing?: true
}

const REASON = { reason: true } as const

/** from → to → rule. A pair missing here is allowed to admins only. */
export const TRANSITIONS: Record<Stage, Partial<Record<Stage, Rule>>> = {
  writing: {
    editing: { who: ['author'] },
  },
  editing: {
    approval: { who: ['editor'] },
    returned: { who: ['editor'], ...REASON },
  },
  approval: {
    published: { who: ['approver'], byPublishing: true },
    returned: { who: ['approver'], ...REASON },
  },
  returned: {
    editing: { who: ['author', 'returnee', 'editor'] },
    approval: { who: ['editor'] },
  },
  published: {
    // Publishing again the edits made to a live article.
    published: { who: ['approver'], byPublishing: true },
    unpublished: { who: ['approver'], ...REASON },
  },
  unpublished: {
    editing: { who: ['editor'] },
    approval: { who: ['editor'] },
  },
}

/** Moves only admins may make still need what the stage itself needs. */
const NEEDS_REASON: ReadonlySet<Stage> = new Set(['returned', 'unpublished'])

export const CAPACITY_LABELS: Record<Capacity, string> = {
  author: 'tác giả của bài',
  returnee: 'người được trả bài',
  editor: 'biên tập viên',
  approver: 'lãnh đạo duyệt bài',
  admin: 'quản trị',
}

export interface TransitionRequest {
  from: Stage
  to: Stage
  capacities: ReadonlySet<Capacity>
  /** The move is made by publishing (`_status: 'published'`). */
  publishing: boolean
  reason?: string | null
}

/*
 * No refusal message holds a colon: the admin shows a refused save in Payload's error toast,
 * which reads "intro: a, b, c" as a list of invalid fields and would cut the message into
 * pieces at the colon and every comma after it.
 */
export type Verdict = { ok: true } | { ok: false; status: 400 | 403; message: string }

const joinVi = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} hoặc ${items.at(-1)}`

/** The rule for a move, with admins added; null when nobody but admins may make it. */
export function ruleFor(from: Stage, to: Stage): Rule | null {
  return TRANSITIONS[from][to] ?? null
}

/** Who may make a move, in Vietnamese ("biên tập viên hoặc quản trị"). */
export function whoMay(from: Stage, to: Stage): string {
  const rule = ruleFor(from, to)
  return joinVi([...(rule?.who ?? []), 'admin'].map((c) => CAPACITY_LABELS[c as Capacity]))
}

export function checkTransition(req: TransitionRequest): Verdict {
  const { from, to, capacities, publishing } = req
  const rule = ruleFor(from, to)
  const move = `từ "${STAGE_LABELS[from]}" sang "${STAGE_LABELS[to]}"`
  // Saving without moving (a live article's edits saved as a draft included).
  if (from === to && !publishing) return { ok: true }
  if (to === 'published' && !publishing)
    return {
      ok: false,
      status: 400,
      message:
        'Bài chỉ được đăng bằng nút "Xuất bản" (_status = "published") khi đang ở giai đoạn "Chờ duyệt đăng", do lãnh đạo duyệt bài hoặc quản trị thực hiện.',
    }
  const allowed =
    capacities.has('admin') || Boolean(rule?.who.some((capacity) => capacities.has(capacity)))
  if (!allowed) {
    const message = rule
      ? `Chỉ ${whoMay(from, to)} được chuyển bài ${move}.`
      : `Không thể chuyển bài ${move}; chỉ quản trị được làm. ${nextStepHint(from)}`
    return { ok: false, status: 403, message }
  }
  if ((rule?.reason || NEEDS_REASON.has(to)) && !req.reason?.trim())
    return {
      ok: false,
      status: 400,
      message: `Cần ghi lý do (stageReason) khi chuyển bài ${move}.`,
    }
  return { ok: true }
}

/** The moves that exist from a stage, for messages ("Từ … có thể: …"). */
export function nextStepHint(from: Stage): string {
  const moves = Object.entries(TRANSITIONS[from]).map(
    ([to, rule]) =>
      `sang "${STAGE_LABELS[to as Stage]}" do ${joinVi([...rule.who, 'admin'].map((c) => CAPACITY_LABELS[c as Capacity]))}`,
  )
  return moves.length
    ? `Từ "${STAGE_LABELS[from]}" chỉ có thể chuyển ${moves.join('; ')}.`
    : `Từ "${STAGE_LABELS[from]}" chỉ quản trị được chuyển bài.`
}
