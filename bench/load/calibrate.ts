/**
 * A fixed-URL hammer for the same-run comparison: `concurrency` clients requesting one URL for
 * `seconds`, keeping every latency. Used on the reference server and on the portal's cached home.
 */
import { LatencyRecorder, type Summary } from './latency'

export async function hammer(
  url: string,
  seconds: number,
  concurrency: number,
): Promise<Summary & { rps: number }> {
  const recorder = new LatencyRecorder()
  const start = performance.now()
  const deadline = start + seconds * 1000
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const since = performance.now()
        try {
          const res = await fetch(url, { signal: AbortSignal.timeout(30_000) })
          await res.arrayBuffer()
          if (!res.ok) throw new Error(`HTTP ${res.status}`)
          recorder.record('get', performance.now() - since)
        } catch (error) {
          recorder.error('get', error instanceof Error ? error.message : String(error))
        }
      }
    }),
  )
  const summary = recorder.summary('get')
  return { ...summary, rps: summary.count / ((performance.now() - start) / 1000) }
}
