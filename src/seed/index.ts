import type { Payload } from 'payload'

import { isMongo } from '@/db/adapter'

import { DEMO_ACCOUNTS } from './accounts'
import { seedArticles } from './seed-articles'
import { seedTaxonomy } from './seed-taxonomy'

/**
 * First start of an empty embedded database: a small demo portal so `npm start` shows
 * something real. MongoDB deployments are never seeded unless SEED_DEMO=true.
 */
export async function seedDemoIfEmpty(payload: Payload): Promise<boolean> {
  if (isMongo() && process.env.SEED_DEMO !== 'true') return false
  const [users, articles] = await Promise.all([
    payload.count({ collection: 'users', overrideAccess: true }),
    payload.count({ collection: 'articles', overrideAccess: true }),
  ])
  if (users.totalDocs > 0 || articles.totalDocs > 0) return false
  await seedDemo(payload)
  return true
}

export async function seedDemo(payload: Payload): Promise<void> {
  const started = Date.now()
  payload.logger.info('Seeding demo content into the empty database…')
  for (const account of DEMO_ACCOUNTS) {
    await payload.create({
      collection: 'users',
      data: { ...account, roles: [...account.roles] },
      overrideAccess: true,
    })
  }
  const taxonomy = await seedTaxonomy(payload)
  const count = await seedArticles(payload, taxonomy)
  payload.logger.info(`Demo content ready: ${count} articles in ${Date.now() - started} ms`)
  const lines = DEMO_ACCOUNTS.map(
    (a) => `  ${a.roles[0]!.padEnd(9)} ${a.email.padEnd(22)} ${a.password}`,
  )
  // Printed once, on the start that created them; the README lists them too.
  console.log(
    ['', '  Demo accounts (change the passwords before going live):', ...lines, ''].join('\n'),
  )
}
