/**
 * Polls `check` until it returns a truthy value, or fails after `timeoutMs`. The pause between
 * checks grows from 25 ms to 500 ms: a condition that is quick to come true is seen quickly, and
 * a slow one (a job runner ticking once a second) is not chased with thousands of database
 * queries on a loaded machine.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let pause = 25
  for (;;) {
    const value = await check()
    if (value) return value
    const left = deadline - Date.now()
    if (left <= 0) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)))
    pause = Math.min(pause * 2, 500)
  }
}

/**
 * How long `check` took to come true, polled with a generous deadline. For "visible within 2 s"
 * promises on a shared 2-core machine: correctness is asserted (it happens), the latency is
 * reported in the test output, not asserted (bench/load measures it under controlled load).
 */
export async function timeUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<number> {
  const started = Date.now()
  await pollUntil(check, timeoutMs, what)
  const took = Date.now() - started
  console.info(`[latency] ${what}: ${took} ms`)
  return took
}

/**
 * For "shows within 2 s" promises that synchronous invalidation keeps: a save's hooks drop the
 * cached pages it concerns before the save answers (site/cache/invalidate.ts; SQLite has no
 * transaction for the hooks to run inside), so on one server process the first request made
 * after the save's response must already show the change. No polling: stronger than a wall-clock
 * bound, which flakes on a loaded machine. The latency since `since` is printed, not asserted.
 */
export async function firstRequestAfter<T>(
  what: string,
  since: number,
  request: () => Promise<T>,
): Promise<T> {
  const value = await request()
  console.info(`[latency] ${what}: ${Date.now() - since} ms (first request after the save)`)
  return value
}
