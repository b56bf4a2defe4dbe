/**
 * What the stage field offers a person (pure, unit-tested): the current stage plus every stage the
 * transition table (./transitions.ts, through `checkTransition`) lets them move this article to,
 * and a one-line Vietnamese hint naming who makes the table's other moves from here. Publishing is
 * never a choice: it is the "Xuất bản" button. A move that needs a reason is offered; the reason
 * is the field below, and the server still refuses the move without it.
 */
import { type Stage, STAGE_LABELS, STAGES } from './stages'
import { type Capacity, checkTransition, ruleFor, TRANSITIONS, whoMay } from './transitions'

export interface StageChoices {
  current: Stage
  /** In the table's order, the current stage included. */
  choices: Stage[]
  /** Who makes the other moves; empty when this person may make them all. */
  hint: string
}

export function stageChoices(from: Stage, capacities: ReadonlySet<Capacity>): StageChoices {
  const allowed = (to: Stage) =>
    checkTransition({ from, to, capacities, publishing: to === 'published', reason: 'x' }).ok
  const choices = STAGES.filter((to) => to === from || (to !== 'published' && allowed(to)))
  const others = (Object.keys(TRANSITIONS[from]) as Stage[]).filter(
    (to) => to !== from && !choices.includes(to) && (to !== 'published' || !allowed(to)),
  )
  const moves = others.map((to) => {
    const button = ruleFor(from, to)?.byPublishing ? ' (nút "Xuất bản")' : ''
    return `sang "${STAGE_LABELS[to]}" do ${whoMay(from, to)}${button}`
  })
  if (capacities.has('admin')) return { current: from, choices, hint: '' }
  const hint = moves.length
    ? `Bước khác: ${moves.join('; ')}.`
    : `Ngoài các lựa chọn trên, chỉ quản trị được chuyển bài từ "${STAGE_LABELS[from]}".`
  return { current: from, choices, hint }
}
