import fs from 'node:fs'
import path from 'node:path'

import { isMongo } from '@/db/adapter'

/**
 * Where the demo accounts' random passwords are kept: `demo-accounts.txt` beside the embedded
 * database file (`data/` by default; the folder of `DATABASE_URI=file:/x/cms.db`), or in
 * `DATA_DIR` when the database has no folder (MongoDB, in-memory SQLite). The file is readable
 * by its owner only and is the one place besides the console of the seeding start that holds them.
 */
export function demoAccountsFile(env: Partial<NodeJS.ProcessEnv> = process.env): string {
  const uri = env.DATABASE_URI
  if (!isMongo(uri)) {
    const file = uri?.startsWith('file:') ? uri.slice('file:'.length) : 'data/cms.db'
    if (file && file !== ':memory:') return path.resolve(path.dirname(file), 'demo-accounts.txt')
  }
  return path.resolve(env.DATA_DIR ?? 'data', 'demo-accounts.txt')
}

export interface DemoCredentials {
  role: string
  email: string
  password: string
}

/** One `role  email  password` line per account under a comment header saying what to do. */
export function formatDemoAccounts(accounts: readonly DemoCredentials[]): string {
  const header = [
    `# Demo accounts created ${new Date().toISOString()} by the first start of an empty database.`,
    '# Change or delete them before going live:',
    '#   npm run cms -- users create --email you@example.vn --role admin',
    '#   npm run cms -- users delete --email quantri@demo.vn   (and the others)',
    '#   npm run cms -- users reset-password --email <email>',
    '# role     email                password',
  ]
  const lines = accounts.map((a) => `${a.role.padEnd(8)} ${a.email.padEnd(20)} ${a.password}`)
  return [...header, ...lines, ''].join('\n')
}

/**
 * Writes the file with mode 0600 from its creation on: an older file (from a database that was
 * deleted and re-seeded) is removed first so its permissions never apply to the new passwords.
 */
export function writeDemoAccounts(file: string, accounts: readonly DemoCredentials[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.rmSync(file, { force: true })
  fs.writeFileSync(file, formatDemoAccounts(accounts), { mode: 0o600, flag: 'wx' })
  // The process umask can only remove bits; make 0600 explicit anyway.
  fs.chmodSync(file, 0o600)
}

export function readDemoAccounts(file: string): DemoCredentials[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [role = '', email = '', password = ''] = line.split(/\s+/)
      return { role, email, password }
    })
}
