import type { ImageSize } from 'payload'

/**
 * How Payload 3.90 turns a photo into one of its image sizes (uploads/image-resizing), ported as
 * pure geometry so our one-decode pipeline produces the same pixels: a size is skipped, resized
 * plainly (sharp's resize with the size's own options), or resized to cover the target on one
 * axis and then cut around the focal point. Payload reads the resized dimensions back from a
 * first encode; `focalCrop` takes them from the resized raw image instead.
 */
export type SizePlan =
  | { action: 'omit' }
  | { action: 'resize' }
  | { action: 'focal'; resize: { width?: number; height?: number }; target: Box }

export interface Box {
  width: number
  height: number
}

export interface Region extends Box {
  left: number
  top: number
}

export interface Focal {
  x: number
  y: number
}

const isNum = (value: unknown): value is number => typeof value === 'number' && !isNaN(value)

/** Payload's getImageResizeAction, for our sizes (no withoutReduction, focal point always set). */
function action(original: Box, size: ImageSize): 'omit' | 'resize' | 'focal' {
  const { fit, withoutEnlargement, withoutReduction } = size
  const tw = size.width ?? undefined
  const th = size.height ?? undefined
  if (tw && th && withoutEnlargement === undefined) {
    if (original.width < tw && original.height < th) return 'omit'
  }
  if (withoutEnlargement === undefined && (!tw || !th)) {
    if ((tw && original.width < tw) || (th && original.height < th)) return 'omit'
  }
  const smallerXOrY = original.width < (tw ?? NaN) || original.height < (th ?? NaN)
  if (fit === 'contain' || fit === 'inside') return 'resize'
  if (!isNum(th) && !isNum(tw)) return 'resize'
  if (original.width / original.height === (tw ?? NaN) / (th ?? NaN)) return 'resize'
  if (withoutEnlargement && smallerXOrY) return 'resize'
  if (withoutReduction && !smallerXOrY) return 'resize'
  return 'focal'
}

/**
 * `original` is the photo as displayed (after EXIF rotation); Payload decides the action on the
 * stored dimensions (before rotation), so `stored` is passed separately.
 */
export function planSize(original: Box, size: ImageSize, stored: Box = original): SizePlan {
  const kind = action(stored, size)
  if (kind !== 'focal') return { action: kind }
  const ratio = original.width / original.height
  let width = size.width ?? undefined
  let height = size.height ?? undefined
  if (height && !width) width = Math.round(height * ratio)
  if (width && !height) height = Math.round(width / ratio)
  width ??= original.width
  height ??= original.height
  const prioritiseHeight = width / height < ratio
  return {
    action: 'focal',
    resize: prioritiseHeight ? { height } : { width },
    target: { width, height },
  }
}

/** C's rint (round half to even), which sharp uses for the dimension it derives. */
const rint = (value: number): number => {
  const floor = Math.floor(value)
  const fraction = value - floor
  if (fraction !== 0.5) return Math.round(value)
  return floor % 2 === 0 ? floor : floor + 1
}

/**
 * The dimensions sharp gives a resize to one axis (its ResolveShrink: both axes shrink by the
 * given axis' factor, the other side rounded with rint). Payload learns them by encoding once.
 */
export function resizedBox(original: Box, resize: { width?: number; height?: number }): Box {
  if (resize.width) {
    return { width: resize.width, height: rint(original.height / (original.width / resize.width)) }
  }
  const height = resize.height ?? original.height
  return { width: rint(original.width / (original.height / height)), height }
}

/** Payload's focal-point window over the resized image, clamped inside it. */
export function focalCrop(resized: Box, target: Box, focal: Focal): Region {
  const xCentre = resized.width * (focal.x / 100)
  let left = xCentre - target.width / 2
  if (xCentre + target.width / 2 > resized.width) left = resized.width - target.width
  if (left < 0) left = 0
  const yCentre = resized.height * (focal.y / 100)
  let top = yCentre - target.height / 2
  if (yCentre + target.height / 2 > resized.height) top = resized.height - target.height
  if (top < 0) top = 0
  return {
    left: Math.floor(left),
    top: Math.floor(top),
    width: target.width,
    height: target.height,
  }
}
