import type { GlobalAfterChangeHook, Payload } from 'payload'

import { getSearchEngine } from './engine'
import { readSearchSettings, type SettingsDoc, toSearchSettings } from './settings-doc'

export { toSearchSettings }

/** Loads the global into the engine at start-up (and after each edit, below). */
export async function loadSearchSettings(payload: Payload): Promise<void> {
  const settings = await readSearchSettings(payload)
  const engine = await getSearchEngine(payload)
  await engine.setSettings(settings)
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
