import type { Payload } from 'payload'

import { isMongo } from '@/db/adapter'
import { randomPassword } from '@/lib/password'

import { DEMO_ACCOUNTS } from './accounts'
import { demoAccountsFile, type DemoCredentials, writeDemoAccounts } from './demo-accounts-file'
import { seedArticles } from './seed-articles'
import { seedFeedback } from './seed-feedback'
import { seedOrganisation } from './seed-organisation'
import { seedSchedule } from './seed-schedule'
import { seedTaxonomy } from './seed-taxonomy'
import { seedTopics } from './seed-topics'

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

/** Seeds the demo portal; returns the demo accounts with the random passwords they were given. */
export async function seedDemo(payload: Payload): Promise<DemoCredentials[]> {
  const started = Date.now()
  payload.logger.info('Seeding demo content into the empty database…')
  const credentials: DemoCredentials[] = []
  for (const { email, name, role } of DEMO_ACCOUNTS) {
    const password = randomPassword()
    await payload.create({
      collection: 'users',
      data: { email, name, password, roles: [role] },
      overrideAccess: true,
    })
    credentials.push({ role, email, password })
  }
  const taxonomy = await seedTaxonomy(payload)
  const count = await seedArticles(payload, taxonomy)
  const topics = await seedTopics(payload, taxonomy)
  const entries = await seedSchedule(payload)
  const pages = await seedOrganisation(payload, taxonomy)
  const feedback = await seedFeedback(payload)
  payload.logger.info(
    `Demo content ready: ${count} articles, ${topics} topics, ${entries} schedule entries, ${pages} pages, ${feedback} comments and questions in ${Date.now() - started} ms`,
  )
  announce(payload, credentials)
  return credentials
}

/**
 * The passwords leave the process exactly twice: into the owner-only file and once on the
 * console of this start (never through payload.logger, whose output may be collected).
 */
function announce(payload: Payload, credentials: DemoCredentials[]): void {
  const file = demoAccountsFile()
  let saved = true
  try {
    writeDemoAccounts(file, credentials)
  } catch (error) {
    saved = false
    payload.logger.warn(
      `Could not write the demo accounts file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const lines = credentials.map(
    (a) => `    ${a.role.padEnd(9)} ${a.email.padEnd(20)} ${a.password}`,
  )
  console.log(
    [
      '',
      '  Tài khoản demo (mật khẩu ngẫu nhiên, chỉ in ra một lần):',
      ...lines,
      saved
        ? `  Đã lưu vào ${file} (chỉ chủ sở hữu đọc được).`
        : '  KHÔNG lưu được vào tệp: hãy ghi lại ngay.',
      '  Đổi mật khẩu hoặc xóa các tài khoản này trước khi đưa vào sử dụng: npm run cms -- users',
      '',
    ].join('\n'),
  )
}
