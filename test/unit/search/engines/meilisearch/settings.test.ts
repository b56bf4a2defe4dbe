// The index settings the engine sends, checked in the requests the fake server received.
import { describe, expect, it } from 'vitest'

import { useFakeMeilisearch } from './fake-server'

const { server, engine: makeEngine } = useFakeMeilisearch()

interface SettingsBody {
  displayedAttributes?: string[]
  searchableAttributes?: string[]
  prefixSearch?: string
  typoTolerance?: { minWordSizeForTypos?: { oneTypo?: number } }
  synonyms?: Record<string, string[]>
}

async function settingsSent(): Promise<SettingsBody> {
  const engine = makeEngine()
  await engine.init()
  const all = server.sent<SettingsBody>('PATCH', '/indexes/articles/settings')
  return Object.assign({}, ...all) as SettingsBody
}

describe('meilisearch engine: index settings', () => {
  it('displays the id, which the merge and the hits need', async () => {
    expect((await settingsSent()).displayedAttributes).toContain('id')
  })

  it('disables prefix search', async () => {
    expect((await settingsSent()).prefixSearch).toBe('disabled')
  })

  it('allows no typo in a word as short as a Vietnamese syllable', async () => {
    const oneTypo = (await settingsSent()).typoTolerance?.minWordSizeForTypos?.oneTypo ?? 0
    expect(oneTypo).toBeGreaterThan('nghiêng'.length)
  })

  it('gives captions, credits and signers an exact copy', async () => {
    expect((await settingsSent()).searchableAttributes).toContain('extraExact')
  })

  it('leaves the synonyms alone when the editors’ settings are not known', async () => {
    server.indexes.clear()
    expect(await settingsSent()).not.toHaveProperty('synonyms')
  })

  it('applies settings given before init, and stores them for other processes', async () => {
    const first = makeEngine()
    await first.setSettings({ synonyms: [['xylophone', 'trường học']] })
    await first.init()
    await first.setSettings({ stopWords: ['thì'] })
    const patched = server.sent<SettingsBody>('PATCH', '/indexes/articles/settings')
    expect(patched[0]?.synonyms?.xylophone).toEqual(['trường học'])
    // A process that starts without Payload (`cms search`) reads them back at init.
    server.requests.length = 0
    await makeEngine().init()
    const again = server.sent<SettingsBody>('PATCH', '/indexes/articles/settings')
    expect(again[0]?.synonyms?.xylophone).toEqual(['trường học'])
  })
})
