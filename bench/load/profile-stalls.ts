/**
 * The long synchronous stretches of a server profile (request-probe.mjs): runs of samples with
 * no idle sample between them, i.e. times when no request could be read or answered. For each
 * stretch of at least `min-ms` wall time: when it started, its wall time, how many samples (about
 * milliseconds of CPU: far fewer than the wall time means the process waited for a core, not
 * that the event loop was busy), garbage-collector samples, and the frames on at least 30% of its
 * samples (outermost first, the last `frames` of them).
 *
 *   npx tsx bench/load/profile-stalls.ts <dir>/server-<pid>.cpuprofile [min-ms=200] [frames=12]
 */
import { type Frame, readProfile } from './cpu-profile'
interface Stretch {
  start: number
  end: number
  ids: number[]
}

const [file, minArg, framesArg] = process.argv.slice(2)
if (!file) throw new Error('usage: profile-stalls.ts <server.cpuprofile> [min-ms] [frames]')
const minMs = Number(minArg ?? 200)
const shown = Number(framesArg ?? 12)
const profile = readProfile(file)
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const frameOf = (id: number): Frame | undefined => byId.get(id)?.callFrame
const stackOf = (id: number): number[] => {
  const ids: number[] = []
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) ids.push(at)
  return ids.reverse()
}
const label = (id: number): string => {
  const f = frameOf(id)
  if (!f) return '?'
  const where = f.url
    .replace(/^.*node_modules\//, '')
    .replace(/^file:\/\/.*?\/(src|\.next)\//, '$1/')
  return `${f.functionName || '(anonymous)'} ${where}:${f.lineNumber}`
}

const stretches: Stretch[] = []
let open: Stretch | null = null
let at = profile.startTime
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0
  if (frameOf(id)?.functionName !== '(idle)') {
    open ??= { start: at, end: at, ids: [] }
    open.end = at
    open.ids.push(id)
  } else if (open) {
    stretches.push(open)
    open = null
  }
})
if (open) stretches.push(open)

const long = stretches.filter((s) => (s.end - s.start) / 1e3 >= minMs)
console.log(
  `profile ${((profile.endTime - profile.startTime) / 1e6).toFixed(0)} s, ${long.length} busy stretches of ${minMs} ms or more`,
)
for (const s of long) {
  const share = new Map<number, number>()
  for (const id of s.ids)
    for (const f of new Set(stackOf(id))) share.set(f, (share.get(f) ?? 0) + 1)
  const gc = s.ids.filter((id) => frameOf(id)?.functionName === '(garbage collector)').length
  console.log(
    `\n${((s.start - profile.startTime) / 1e6).toFixed(1)} s after start: ${((s.end - s.start) / 1e3).toFixed(0)} ms wall, ${s.ids.length} samples, ${gc} in GC`,
  )
  const frames = [...share]
    .filter(([id, n]) => n >= s.ids.length * 0.3 && !/^\(root\)|node:internal/.test(label(id)))
    .sort((a, b) => stackOf(a[0]).length - stackOf(b[0]).length)
  for (const [id, n] of frames.slice(-shown))
    console.log(`  ${String(Math.round((100 * n) / s.ids.length)).padStart(3)}%  ${label(id)}`)
}
