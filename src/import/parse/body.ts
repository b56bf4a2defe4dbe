// Classifies body units into blocks: photos, headings, lists, interview turns, paragraphs.
import { parseTurnStart } from './interview'
import { cleanCaption, looksLikeCaption, parseCreditedCaption } from './photo'
import type { InterviewTurn, ParsedBodyBlock } from './types'
import type { Unit } from './units'

type Photo = Extract<ParsedBodyBlock, { type: 'photo' }>

const NUMBERED_HEADING = /^((\d{1,2}|[IVX]{1,4})[.)]|[a-zđ]\))\s+\S/u
const LIST_ITEM = /^[-–•+]\s+/

function isHeadingShape(u: Unit, next: Unit | undefined): boolean {
  if (u.hint === 'heading') return true
  const t = u.text
  if (NUMBERED_HEADING.test(t) && t.length <= 150 && !/[;:]$/.test(t)) return true
  return (
    u.gapBefore &&
    next !== undefined &&
    t.length <= 120 &&
    t.split(' ').length >= 2 &&
    /^\p{Lu}/u.test(t) &&
    !/[.!?:;,…]$/.test(t) &&
    !/^\d+$/.test(t)
  )
}

function asPhoto(u: Unit): Photo | undefined {
  const credited = parseCreditedCaption(u.text)
  if (credited) return { type: 'photo', ...credited }
  if (u.hint === 'caption' || (u.dup && u.text.length <= 320) || looksLikeCaption(u.text, u)) {
    return { type: 'photo', caption: cleanCaption(u.text) }
  }
  return undefined
}

export function classifyUnits(units: Unit[], interview: boolean): ParsedBodyBlock[] {
  const blocks: ParsedBodyBlock[] = []
  let turn: InterviewTurn | undefined
  let pendingImage: Unit['image']

  const pushPhoto = (photo: Photo): void => {
    if (pendingImage?.src) photo.src = pendingImage.src
    pendingImage = undefined
    const last = blocks.at(-1)
    // A bare `Ảnh: X` line credits the short line above it.
    if (!photo.caption && last?.type === 'paragraph' && last.text.length <= 220) {
      blocks.pop()
      photo.caption = cleanCaption(last.text)
    }
    if (last?.type === 'photo' && last.caption === photo.caption) {
      last.credit ??= photo.credit
      last.src ??= photo.src
      return
    }
    blocks.push(photo)
  }
  const pushTurnText = (t: InterviewTurn): void => {
    const last = blocks.at(-1)
    if (last?.type === 'interview') last.turns.push(t)
    else blocks.push({ type: 'interview', turns: [t] })
  }

  units.forEach((u, i) => {
    if (u.image) {
      if (pendingImage) pushPhoto({ type: 'photo', caption: pendingImage.alt ?? '' })
      pendingImage = u.image
      return
    }
    const start = interview ? parseTurnStart(u.text) : undefined
    const photo = start ? undefined : asPhoto(u)
    if (photo) return pushPhoto(photo)
    if (pendingImage) pushPhoto({ type: 'photo', caption: pendingImage.alt ?? '' })
    if (start) {
      turn = { speaker: start.speaker, isQuestion: start.isQuestion, text: start.text }
      return pushTurnText(turn)
    }
    if (turn) {
      // Paragraphs after a turn belong to it; after a photo the same speaker continues.
      const last = blocks.at(-1)
      if (last?.type === 'interview' && last.turns.at(-1) === turn)
        turn.text = `${turn.text}\n\n${u.text}`
      else {
        turn = { speaker: turn.speaker, isQuestion: turn.isQuestion, text: u.text }
        pushTurnText(turn)
      }
      return
    }
    if (u.hint === 'item' || LIST_ITEM.test(u.text)) {
      const item = u.text.replace(LIST_ITEM, '')
      const last = blocks.at(-1)
      if (last?.type === 'list') last.items.push(item)
      else blocks.push({ type: 'list', items: [item] })
      return
    }
    if (isHeadingShape(u, units[i + 1])) return void blocks.push({ type: 'heading', text: u.text })
    blocks.push({ type: 'paragraph', text: u.text })
  })
  if (pendingImage) pushPhoto({ type: 'photo', caption: pendingImage.alt ?? '' })
  return blocks
}
