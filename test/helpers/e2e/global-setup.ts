import type { TestProject } from 'vitest/node'

import { demoAccountsFile, readDemoAccounts } from '@/seed/demo-accounts-file'

import { startDemoServer } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** Database and media locations of the running server, for tests that queue jobs directly. */
    serverEnv: Record<string, string>
    /** The demo accounts' random passwords, as the seed wrote them beside the throwaway database. */
    demoAccounts: Record<string, { email: string; password: string }>
  }
}

/**
 * One production server for the whole browser suite: built only when the sources changed,
 * seeded with the demo portal on a throwaway database, shared by every test file.
 */
export default async function setup(project: TestProject) {
  const running = await startDemoServer(0)
  project.provide('baseUrl', running.url)
  const keys = ['DATABASE_URI', 'SEARCH_INDEX_URL', 'MEDIA_DIR', 'PAYLOAD_SECRET'] as const
  project.provide('serverEnv', Object.fromEntries(keys.map((k) => [k, process.env[k] ?? ''])))
  // Logging in the way an operator would: with the passwords the seed printed and saved.
  const accounts = readDemoAccounts(demoAccountsFile())
  project.provide(
    'demoAccounts',
    Object.fromEntries(accounts.map(({ role, email, password }) => [role, { email, password }])),
  )
  return async () => {
    await running.close()
  }
}
