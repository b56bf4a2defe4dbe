import { withPayload } from '@/cli/with-payload'

/** `cms seed`: the demo portal, only into an empty database (never mixes with real content). */
export async function run(): Promise<number> {
  return withPayload(async (payload) => {
    const { seedDemoIfEmpty } = await import('@/seed')
    const seeded = await seedDemoIfEmpty(payload)
    console.log(seeded ? 'Demo content seeded.' : 'Database is not empty; nothing seeded.')
    return 0
  })
}
