/**
 * The editorial stages of an article (README, Stages) and their Vietnamese names. The stage is
 * the article field `stage`; `published` is kept in step with Payload's `_status` by hooks.
 */
export const STAGES = [
  'writing',
  'editing',
  'approval',
  'returned',
  'published',
  'unpublished',
] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  writing: 'Đang viết',
  editing: 'Chờ biên tập',
  approval: 'Chờ duyệt đăng',
  returned: 'Trả lại',
  published: 'Đã đăng',
  unpublished: 'Gỡ bài',
}

export const STAGE_OPTIONS = STAGES.map((value) => ({ value, label: STAGE_LABELS[value] }))

export const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (STAGES as readonly string[]).includes(value)
