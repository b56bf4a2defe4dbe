// The search-settings global as the analyzer and the engines take it. Kept apart from
// settings.ts so the engine store (engine.ts) can read the global when it starts an engine
// without importing the hooks that themselves use the store.
import type { Payload } from 'payload'

import type { SearchSettings } from './vietnamese/types'

export interface SettingsDoc {
  synonyms?: Array<{ terms?: string | null }> | null
  stopWords?: string | null
  misspellings?: Array<{ wrong?: string | null; right?: string | null }> | null
}

const split = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean)

/** Admin form → analyzer settings. Pure. */
export function toSearchSettings(doc: SettingsDoc): SearchSettings {
  return {
    synonyms: (doc.synonyms ?? []).map((g) => split(g.terms ?? '')).filter((g) => g.length > 1),
    stopWords: split(doc.stopWords ?? ''),
    misspellings: (doc.misspellings ?? [])
      .filter((m): m is { wrong: string; right: string } =>
        Boolean(m.wrong?.trim() && m.right?.trim()),
      )
      .map((m) => ({ wrong: m.wrong.trim(), right: m.right.trim() })),
  }
}

/** Reads the editors' settings from the database. */
export async function readSearchSettings(payload: Payload): Promise<SearchSettings> {
  const doc = await payload.findGlobal({ slug: 'search-settings', overrideAccess: true, depth: 0 })
  return toSearchSettings(doc)
}
