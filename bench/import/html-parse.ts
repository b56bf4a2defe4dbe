// Parse speed of the importer's HTML path: parse5 (src/import/parse/html-tree.ts) against the
// hand-written tree builder it replaced, measured in one run so the ratio is comparable. The old
// code is taken from git (the last commit that had src/import/parse/html-dom.ts, or --old-rev)
// into a temporary folder. Inputs: the largest HTML fixture and a synthetic Word-style page of
// about 1 MiB. `tree` is building the element tree; `extract` is the whole of extractHtml (tree,
// walk, entity decoding), which is what an import pays per file.
//
//   npx tsx --conditions=production bench/import/html-parse.ts [--runs 30] [--old-rev REV]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import { extractHtml } from '@/import/parse/html'
import { parseHtml } from '@/import/parse/html-tree'

import { wordStylePage } from './word-page'

const root = path.resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '30' }, 'old-rev': { type: 'string' } },
})
const runs = Number(values.runs)
const git = (...args: string[]): string =>
  execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim()

function oldRevision(): string {
  if (values['old-rev']) return values['old-rev']
  const file = 'src/import/parse/html-dom.ts'
  try {
    git('cat-file', '-e', `HEAD:${file}`)
    return 'HEAD'
  } catch {
    return `${git('rev-list', '-1', 'HEAD', '--', file)}^`
  }
}

interface Impl {
  tree: (html: string) => unknown
  extract: (html: string) => unknown
}

async function loadOld(rev: string, dir: string): Promise<Impl> {
  const dates = pathToFileURL(path.join(root, 'src/import/parse/dates.ts')).href
  for (const name of ['html.ts', 'html-dom.ts', 'html-entities.ts']) {
    const source = git('show', `${rev}:src/import/parse/${name}`).replace("'./dates'", `'${dates}'`)
    writeFileSync(path.join(dir, name), source)
  }
  const html = (await import(pathToFileURL(path.join(dir, 'html.ts')).href)) as {
    extractHtml: Impl['extract']
  }
  const dom = (await import(pathToFileURL(path.join(dir, 'html-dom.ts')).href)) as {
    parseHtml: Impl['tree']
  }
  return { tree: dom.parseHtml, extract: html.extractHtml }
}

/** Median ms of each, timed alternately so both see the same load on a shared machine. */
function medians(a: () => unknown, b: () => unknown): [number, number] {
  // Warm up for half a second (at least 3 calls each) so the JIT has settled before timing.
  const warm = Date.now() + 500
  for (let i = 0; i < 3 || Date.now() < warm; i++) {
    a()
    b()
  }
  const times: [number[], number[]] = [[], []]
  const time = (fn: () => unknown, into: number[]): void => {
    const start = process.hrtime.bigint()
    fn()
    into.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  for (let i = 0; i < runs; i++) {
    time(a, times[0])
    time(b, times[1])
  }
  const mid = (t: number[]): number => t.sort((x, y) => x - y)[Math.floor(t.length / 2)] ?? 0
  return [mid(times[0]), mid(times[1])]
}

function largestFixture(): { name: string; html: string } {
  const dir = path.join(root, 'test/fixtures/import')
  const name = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)[0]
  if (!name) throw new Error('no HTML fixture')
  return { name, html: readFileSync(path.join(dir, name), 'utf8') }
}

const rev = oldRevision()
const dir = mkdtempSync(path.join(os.tmpdir(), 'old-html-'))
try {
  const old = await loadOld(rev, dir)
  const now: Impl = { tree: parseHtml, extract: extractHtml }
  const fixture = largestFixture()
  const inputs = [
    { label: `fixture ${fixture.name}`, html: fixture.html },
    { label: 'synthetic Word page', html: wordStylePage(1 << 20) },
  ]
  console.log(
    `HTML parse benchmark, ${os.cpus().length} CPU(s), Node ${process.version}, ` +
      `${new Date().toISOString()}; old = ${git('rev-parse', '--short', rev)}, median of ${runs} runs`,
  )
  console.log('| input | size | step | old (hand-written) | new (parse5) | new / old |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const { label, html } of inputs) {
    const size = `${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB`
    for (const step of ['tree', 'extract'] as const) {
      const [a, b] = medians(
        () => old[step](html),
        () => now[step](html),
      )
      const fmt = (ms: number): string => `${ms.toFixed(2)} ms`
      console.log(
        `| ${label} | ${size} | ${step} | ${fmt(a)} | ${fmt(b)} | ${(b / a).toFixed(2)}× |`,
      )
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
