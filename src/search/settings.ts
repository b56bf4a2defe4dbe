import type { GlobalAfterChangeHook, Payload } from 'payload'

import { getSearchEngine } from './engine'
import type { SearchSettings } from './vietnamese/types'

interface SettingsDoc {
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

/** Loads the global into the engine at start-up (and after each edit, below). */
export async function loadSearchSettings(payload: Payload): Promise<void> {
  const doc = await payload.findGlobal({ slug: 'search-settings', overrideAccess: true, depth: 0 })
  const engine = await getSearchEngine()
  await engine.setSettings(toSearchSettings(doc))
}

export const applySearchSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  try {
    const engine = await getSearchEngine()
    await engine.setSettings(toSearchSettings(doc as SettingsDoc))
  } catch (error) {
    // The settings are saved; the engine picks them up at its next start.
    req.payload.logger.error(
      { err: error },
      'Search settings saved but not applied: engine unavailable',
    )
  }
  return doc
}
