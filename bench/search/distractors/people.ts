/**
 * The people of a generated portal: a staff of reporters and photographers who sign bylines
 * and photo credits under pen names, and officials who chair meetings, sign documents and give
 * interviews. Both recur across thousands of articles, as on a real portal. A name that holds
 * one of the `exclude` names (a fixture's photographer, signer, speaker) as a word sequence is
 * never generated, so a query for that person keeps exactly one right answer, while its words
 * still occur everywhere in other names.
 */
import { foldVietnamese } from '@/search/vietnamese/fold'

import { type Draw, draw, mulberry32, streamSeed } from './random'
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from './vocabulary'

export interface People {
  /** Pen names: bylines and photo credits ("Thanh Hải"). */
  staff: readonly string[]
  /** Full names: leaders, signers, speakers ("Nguyễn Văn Hùng"). */
  officials: readonly string[]
  /** A one-off full name (award winner, interviewee), drawn from `d`. */
  anyone: (d: Draw) => string
  /** True when `text` holds an excluded name as a word sequence (accents ignored). */
  excluded: (text: string) => boolean
}

const padded = (s: string): string => ` ${foldVietnamese(s).toLowerCase()} `

export function makePeople(seed: number, exclude: readonly string[] = []): People {
  const blocked = exclude.map(padded)
  const excluded = (text: string): boolean => {
    const p = padded(text)
    return blocked.some((b) => p.includes(b))
  }
  const fresh = (make: () => string): string => {
    for (;;) {
      const name = make()
      if (!excluded(name)) return name
    }
  }
  const fullName = (d: Draw): string =>
    fresh(() => `${d.common(FAMILY_NAMES)} ${d.common(MIDDLE_NAMES)} ${d.one(GIVEN_NAMES)}`)
  const penName = (d: Draw): string =>
    fresh(() =>
      d.chance(0.8)
        ? `${d.common(MIDDLE_NAMES)} ${d.one(GIVEN_NAMES)}`
        : `${d.one(GIVEN_NAMES)} ${d.common(FAMILY_NAMES)}`,
    )
  const d = draw(mulberry32(streamSeed(seed, 0xfeed)))
  const unique = (n: number, make: (d: Draw) => string): string[] => {
    const out = new Set<string>()
    while (out.size < n) out.add(make(d))
    return [...out]
  }
  return {
    staff: unique(80, penName),
    officials: unique(400, fullName),
    anyone: fullName,
    excluded,
  }
}

/**
 * Names of people in fixture articles: their credits, bylines and signers, and names after
 * "Ông", "Bà" or "đồng chí" in their text (interview speakers).
 */
export function namesIn(
  docs: ReadonlyArray<{ body: string; credits: string[]; authors: string[]; signer?: string }>,
): string[] {
  const out = new Set<string>()
  const name = /(?:Ông|Bà|[Đđ]ồng chí)\s+((?:[A-ZĐ\p{Lu}][\p{L}]*\s?){2,4})/gu
  for (const doc of docs) {
    for (const n of [...doc.credits, ...doc.authors, doc.signer ?? ''])
      if (n.trim()) out.add(n.trim())
    for (const m of doc.body.matchAll(name)) {
      const words = (m[1] ?? '').trim().split(/\s+/)
      if (words.length >= 2) out.add(words.join(' '))
    }
  }
  return [...out]
}
