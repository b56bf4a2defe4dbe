/**
 * Marks a suite that is skipped on purpose with what would enable it, so the summary reporter
 * (test/reporters/summary.ts) can announce it once in the closing output. Every other skipped
 * test is listed there as skipped without a reason.
 *
 *   describe.skipIf(!host)('meilisearch engine', skipReason('set MEILI_HOST to run it'), () => …)
 */
declare module 'vitest' {
  interface TaskMeta {
    /** Why the suite may be skipped and what enables it. */
    skipReason?: string
  }
}

export const skipReason = (reason: string) => ({ meta: { skipReason: reason } })

/** The corpus suites read ../shared/corpus, which lives beside the repository, not in it. */
export const CORPUS_ABSENT = 'runs when ../shared/corpus (the scraped sample articles) is present'

/** Suites that read SQLite's query plans, so a run on MongoDB (DATABASE_URI=mongodb://…) skips them. */
export const SQLITE_ONLY =
  'runs on SQLite only (DATABASE_URI unset or a file: URL): it checks SQLite query plans'
