import { ensureBuild, throwawayEnv } from './e2e/server'

/**
 * A production server (Express + Next + Payload) on a throwaway database, for tests that attack
 * it over real HTTP. Unlike the browser suite's shared server it keeps the real rate limits
 * unless `env` raises them, and each test file gets its own instance with its own settings.
 */
export async function startProductionServer(env: Record<string, string> = {}, seed = false) {
  const dir = throwawayEnv('portal-security-')
  for (const key of ['RATE_LIMIT_API', 'RATE_LIMIT_SEARCH', 'RATE_LIMIT_LOGIN', 'RATE_LIMIT_PAGES'])
    delete process.env[key]
  Object.assign(process.env, env)
  ensureBuild()
  // Imported only now: modules read MEDIA_DIR and the database location when they load.
  const { startServer } = await import('@/server/app')
  const running = await startServer({ port: 0, dev: false, seed })
  if (seed) {
    // The seed queues index jobs whose writes bump the content version; a test that checks the
    // page cache must start from a server at rest, not race the job runner's next tick.
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const { totalDocs } = await running.payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            // The daily audit-log pruning always waits for its next run: it is not seed work.
            { taskSlug: { not_equals: 'pruneAuditLog' } },
          ],
        },
        overrideAccess: true,
      })
      if (totalDocs === 0) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    // Then one poll of the shared content version (once a second) has seen the last write.
    await new Promise((resolve) => setTimeout(resolve, 1500))
  }
  return { ...running, dir }
}
