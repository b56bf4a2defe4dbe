/**
 * CPU time of a server profile (request-probe.mjs) by what the code was doing: each sample goes to
 * the first category of RULES that any frame of its stack matches, so a search's SQLite calls
 * count as search, a page's database reads as Payload. Optionally only a window given in seconds
 * before the profile's end (the mix of a run: `<from> <to>`), and the functions with the most
 * self time inside search stacks.
 *
 *   npx tsx bench/load/profile-split.ts <dir>/server-<pid>.cpuprofile [from-s to-s]
 */
import { type Frame, readProfile } from './cpu-profile'

const RULES: Array<[string, (f: Frame) => boolean]> = [
  ['idle', (f) => f.functionName === '(idle)'],
  ['gc', (f) => f.functionName === '(garbage collector)'],
  ['search (src/search)', (f) => /\/src\/search\//.test(f.url)],
  ['react render', (f) => /react-dom|react-server|react\.production/.test(f.url)],
  ['sqlite, other (libsql)', (f) => /libsql/.test(f.url)],
  ['payload/drizzle', (f) => /payload|drizzle/.test(f.url)],
  ['src/server (express, page cache)', (f) => /\/src\/server\//.test(f.url)],
  ['next', (f) => /next\/dist|\.next\//.test(f.url)],
  ['node internals', (f) => f.url.startsWith('node:')],
]

const [file, fromArg, toArg] = process.argv.slice(2)
if (!file) throw new Error('usage: profile-split.ts <server.cpuprofile> [from-s to-s]')
const profile = readProfile(file)
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const memo = new Map<number, string>()
function categoryOf(id: number): string {
  const known = memo.get(id)
  if (known) return known
  const frames: Frame[] = []
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const node = byId.get(at)
    if (node) frames.push(node.callFrame)
  }
  const found = RULES.find(([, test]) => frames.some(test))?.[0] ?? 'other'
  memo.set(id, found)
  return found
}

const from = fromArg ? profile.endTime - Number(fromArg) * 1e6 : -Infinity
const to = toArg ? profile.endTime - Number(toArg) * 1e6 : Infinity
const totals = new Map<string, number>()
const searchSelf = new Map<string, number>()
let at = profile.startTime
let total = 0
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0
  at += dt
  if (at < from || at > to) return
  total += dt
  const category = categoryOf(id)
  totals.set(category, (totals.get(category) ?? 0) + dt)
  const frame = byId.get(id)?.callFrame
  if (frame && category.startsWith('search')) {
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber}`
    searchSelf.set(key, (searchSelf.get(key) ?? 0) + dt)
  }
})
const busy = total - (totals.get('idle') ?? 0)
console.log(`profile ${(total / 1e6).toFixed(1)} s, main thread busy ${(busy / 1e6).toFixed(1)} s`)
for (const [category, us] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(
    `  ${category.padEnd(34)} ${(us / 1e6).toFixed(1).padStart(6)} s${category === 'idle' ? '' : `  ${((100 * us) / busy).toFixed(1)}% of busy`}`,
  )
console.log('self time inside search stacks, top 8:')
for (const [key, us] of [...searchSelf].sort((a, b) => b[1] - a[1]).slice(0, 8))
  console.log(`  ${(us / 1e3).toFixed(0).padStart(6)} ms  ${key}`)
