import type { Site } from '@/payload-types'

import { getPayloadClient } from './payload'

export async function getSite(): Promise<Site> {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug: 'site', depth: 1 })
}
