import type { IncomingHttpHeaders } from 'node:http'

import type { Payload, Where } from 'payload'

import { isStaff } from '@/access/roles'

/**
 * Who may fetch a media file by its URL. The media API already hides uploads that no published
 * content uses (an embargoed document's PDF, photos of a draft); the files themselves must follow
 * the same rule, or the URL an editor pastes into a chat leaks the draft. A file (original or one
 * of its sizes) is public when its record has `publicUse`; otherwise only a staff session sees it.
 *
 * One indexed lookup per file name, remembered for a few seconds: a page's photos cost one query
 * each on the first view and nothing after, and a photo that stops being public disappears from
 * the server within VISIBILITY_TTL_MS (what browsers cached stays for their max-age).
 */
export type Visibility = 'public' | 'private' | 'missing'

const VISIBILITY_TTL_MS = 5_000
const MAX_REMEMBERED = 5_000

export interface MediaVisibility {
  of(name: string): Promise<Visibility>
  staffRequest(headers: IncomingHttpHeaders): Promise<boolean>
}

export function mediaVisibility(payload: Payload): MediaVisibility {
  const upload = payload.collections.media.config.upload
  const sizeNames = (upload.imageSizes ?? []).map((size) => size.name)
  const remembered = new Map<string, { visibility: Visibility; at: number }>()

  const lookup = async (name: string): Promise<Visibility> => {
    const where: Where = {
      or: [
        { filename: { equals: name } },
        ...sizeNames.map((size) => ({ [`sizes.${size}.filename`]: { equals: name } })),
      ],
    }
    const { docs } = await payload.find({
      collection: 'media',
      where,
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { publicUse: true },
    })
    const doc = docs[0]
    if (!doc) return 'missing'
    return doc.publicUse ? 'public' : 'private'
  }

  return {
    async of(name) {
      const now = Date.now()
      const hit = remembered.get(name)
      if (hit && now - hit.at < VISIBILITY_TTL_MS) return hit.visibility
      const visibility = await lookup(name)
      remembered.delete(name)
      remembered.set(name, { visibility, at: now })
      if (remembered.size > MAX_REMEMBERED) {
        const oldest = remembered.keys().next().value
        if (oldest !== undefined) remembered.delete(oldest)
      }
      return visibility
    },
    async staffRequest(headers) {
      const fetchHeaders = new Headers()
      for (const [key, value] of Object.entries(headers)) {
        if (typeof value === 'string') fetchHeaders.set(key, value)
        else if (Array.isArray(value)) fetchHeaders.set(key, value.join(', '))
      }
      if (
        !fetchHeaders.has('authorization') &&
        !fetchHeaders.get('cookie')?.includes('payload-token')
      )
        return false
      try {
        const { user } = await payload.auth({ headers: fetchHeaders })
        return isStaff(user)
      } catch {
        return false
      }
    },
  }
}
