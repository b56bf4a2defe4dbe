import type { Payload } from 'payload'

/**
 * The test process's own Payload on an installation's files (the same database a child server
 * or CLI uses), for creating users and checking results through the Local API.
 */
export async function localPayload(env: NodeJS.ProcessEnv, key: string): Promise<Payload> {
  Object.assign(process.env, env, { JOBS_AUTORUN: 'false', NODE_ENV: 'test' })
  delete process.env.PAYLOAD_SECRET
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config, key })
}

/** Every file name a media record owns (original and sizes). */
export async function mediaFileNames(
  payload: Payload,
  only: 'all' | 'public' = 'all',
): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'media',
    where: only === 'public' ? { publicUse: { equals: true } } : {},
    limit: 0,
    depth: 0,
    overrideAccess: true,
  })
  const names = new Set<string>()
  for (const doc of docs) {
    if (doc.filename) names.add(doc.filename)
    for (const size of Object.values(doc.sizes ?? {})) if (size?.filename) names.add(size.filename)
  }
  return names
}
