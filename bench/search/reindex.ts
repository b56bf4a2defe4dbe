/**
 * Times `cms reindex` (issue 13 §6) on a copy of a CMS database, for one or more source trees
 * run alternately, so a change is compared with a reference measured in the same session:
 * `npx tsx bench/search/reindex.ts --db <cms.db> [--tree /work/main --tree .] [--runs 2]
 * [--keep <dir>]`. The database is a load-benchmark one (bench/load) or one grown from it by
 * grow-cms-db.ts (10^5–10^6 articles; generating them through Payload takes hours here). Each
 * run gets a fresh copy (and an empty search index) in a scratch directory, runs the tree's
 * `cms reindex` under `/usr/bin/time` and prints wall time, user and system CPU, peak resident
 * memory, the command's own "Indexed … in" line and the load average before and after.
 * Migrations pending on the copy run at start-up inside the timed command, so migrate the source
 * database first (e.g. one reindex, or `payload migrate`) when comparing trees.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    tree: { type: 'string', multiple: true, default: ['.'] },
    runs: { type: 'string', default: '1' },
    keep: { type: 'string' },
    /** Extra node options for the command, e.g. `--node="--cpu-prof --cpu-prof-dir=/tmp/prof"`. */
    node: { type: 'string', default: '' },
  },
})
if (!values.db) throw new Error('--db <cms.db> is required')
const scratch = values.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'reindex-bench-'))
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')

function commitOf(tree: string): string {
  try {
    const head = execFileSync('git', ['-C', tree, 'rev-parse', '--short', 'HEAD']).toString().trim()
    const dirty = execFileSync('git', ['-C', tree, 'status', '--porcelain', '--', 'src'])
    return dirty.length > 0 ? `${head}+changes` : head
  } catch {
    return 'unknown'
  }
}

for (let run = 1; run <= Number(values.runs); run++) {
  for (const tree of values.tree) {
    const dir = path.join(scratch, `run${run}-${path.basename(path.resolve(tree))}`)
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    fs.copyFileSync(values.db, path.join(dir, 'cms.db'))
    const before = load()
    const res = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'TIME %U user %S sys %e wall %M KB',
        'node',
        ...values.node.split(' ').filter(Boolean),
        '--import',
        'tsx',
        '--conditions=production',
        'src/cli/index.ts',
        'reindex',
      ],
      {
        cwd: tree,
        encoding: 'utf8',
        env: {
          ...process.env,
          DATABASE_URI: `file:${dir}/cms.db`,
          SEARCH_INDEX_URL: `file:${dir}/search.db`,
          PAYLOAD_SECRET: 'bench',
          JOBS_AUTORUN: 'false',
          LOG_LEVEL: 'error',
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    const out = `${res.stdout}\n${res.stderr}`
    const time = /TIME (.*)/.exec(out)?.[1] ?? `failed (status ${res.status})`
    const indexed = /Indexed [^\n]*/.exec(out)?.[0] ?? out.slice(-2000)
    process.stdout.write(
      `${tree} (${commitOf(tree)}) run ${run}: ${time}; load ${before} -> ${load()}\n  ${indexed}\n`,
    )
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true })
  }
}
if (!values.keep) fs.rmSync(scratch, { recursive: true, force: true })
