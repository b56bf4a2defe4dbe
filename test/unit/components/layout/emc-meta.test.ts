// The EMC tracking script (issue 12 §6) is set once for the portal and must reach every reader
// page: the national monitoring counts the English section's visits too. Both root layouts (the
// Vietnamese one and the English one, separate in Next's route groups) carry the meta tag the
// inline loader reads, and neither carries it when the setting is empty or invalid.
import type { ReactElement, ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { Site } from '@/payload-types'

const EMC = 'https://emc.example.gov.vn/tracking/emc.js'
const setting = vi.hoisted(() => ({ url: '' as string | null }))

// next/font runs only under Next's compiler; the layouts' font stacks are beside the point here.
vi.mock('@/styles/fonts', () => ({ fontStacks: () => ({}), webFontFamilies: () => [] }))
vi.mock('@/site/data/site', () => ({
  getSite: async () => ({ name: 'Cổng', emcScriptUrl: setting.url }) as unknown as Site,
}))
vi.mock('@/site/data/english', () => ({
  getEnglishSite: async () => ({ name: 'Portal', emcScriptUrl: setting.url }) as unknown as Site,
}))

type Layout = (props: { children: ReactNode }) => ReactElement | Promise<ReactElement>

async function html(load: () => Promise<{ default: Layout }>): Promise<string> {
  const { default: layout } = await load()
  return renderToString(await layout({ children: 'x' }))
}

const layouts = {
  vi: () => import('@/app/(site)/layout') as Promise<{ default: Layout }>,
  en: () => import('@/app/(english)/layout') as Promise<{ default: Layout }>,
}

describe('the EMC tracking script on both root layouts', () => {
  beforeEach(() => {
    setting.url = ''
  })

  for (const [lang, load] of Object.entries(layouts)) {
    it(`carries the script URL on the ${lang} pages once set`, async () => {
      setting.url = EMC
      expect(await html(load)).toContain(`<meta name="emc-script" content="${EMC}"/>`)
    })

    it(`carries nothing on the ${lang} pages when unset or not https`, async () => {
      for (const url of ['', null, 'http://emc.example.gov.vn/x.js']) {
        setting.url = url
        expect(await html(load)).not.toContain('<meta name="emc-script"')
      }
    })
  }
})
