/** Resident memory of a process, from Linux's /proc (the server runs as a child process). */
import fs from 'node:fs'

/** VmRSS of `pid` in MiB, or undefined where /proc is not available or the process is gone. */
export function residentMiB(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]
    return kb ? Number(kb) / 1024 : undefined
  } catch {
    return undefined
  }
}

/** Samples every `everyMs`; keeps the first, the latest and the largest reading. */
export function sampleMemory(pid: number, everyMs = 5000) {
  const readings: Array<{ atMs: number; mib: number }> = []
  const started = Date.now()
  const take = () => {
    const mib = residentMiB(pid)
    if (mib !== undefined) readings.push({ atMs: Date.now() - started, mib })
  }
  take()
  const timer = setInterval(take, everyMs)
  timer.unref()
  return {
    take,
    stop: () => clearInterval(timer),
    readings,
    max: () => Math.max(...readings.map((r) => r.mib)),
  }
}
