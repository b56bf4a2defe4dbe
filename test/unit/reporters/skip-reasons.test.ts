// Every suite that may be skipped says why, so the summary reporter announces it once with what
// enables it (test/helpers/skip-reason.ts) instead of listing each of its tests as "Skipped
// without a reason". A fresh machine without nginx, for one, must not end `npm test` with a
// page of unexplained skips. Read from the sources, so a suite that is not skipped on this
// machine is checked too.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const LAYERS = ['unit', 'int', 'e2e', 'security'].map((layer) => path.join('test', layer))

function* testFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* testFiles(file)
    else if (entry.name.endsWith('.test.ts')) yield file
  }
}

/** Index just past the parenthesised group that opens at `open` (nested groups skipped). */
function pastGroup(source: string, open: number): number {
  let depth = 0
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++
    else if (source[i] === ')' && --depth === 0) return i + 1
  }
  return source.length
}

/**
 * The conditional or unconditional skips in `source` that say nothing: `describe.skipIf(c)(name,
 * fn)` without `skipReason(…)` before its callback, and any `it`/`test` skip (the reporter reads
 * the reason from the enclosing suite) or plain `.skip`/`.todo`.
 */
function unexplainedSkips(source: string): string[] {
  const found: string[] = []
  const line = (at: number) => source.slice(0, at).split('\n').length
  for (const m of source.matchAll(/\b(describe|it|test)\.(skipIf|runIf|skip|todo)\b/g)) {
    const [call, target, how] = m
    const at = m.index
    if (target !== 'describe' || how === 'skip' || how === 'todo') {
      found.push(`line ${line(at)}: ${call}`)
      continue
    }
    const afterCondition = pastGroup(source, at + call.length)
    const callback = source.indexOf('=>', afterCondition)
    const head = source.slice(afterCondition, callback < 0 ? undefined : callback)
    if (!head.includes('skipReason(')) found.push(`line ${line(at)}: ${call} without skipReason`)
  }
  return found
}

describe('suites that may be skipped', () => {
  it('finds an unexplained skip, and accepts one that says why', () => {
    expect(unexplainedSkips(`describe.skipIf(!has((x) => x))('nginx', () => {})`)).toEqual([
      'line 1: describe.skipIf without skipReason',
    ])
    expect(
      unexplainedSkips(
        `describe.skipIf(!has((x) => x))(\n  'nginx',\n  skipReason('set NGINX_PATH'),\n  () => {})`,
      ),
    ).toEqual([])
    expect(unexplainedSkips(`it.skipIf(true)('x', skipReason('y'), () => {})`)).toHaveLength(1)
    expect(unexplainedSkips(`describe('a', () => { it.skip('b', () => {}) })`)).toHaveLength(1)
  })

  it('each say why, in every test file', () => {
    const offenders: string[] = []
    let marked = 0
    // This file's own examples above are not suites.
    const self = path.relative(process.cwd(), fileURLToPath(import.meta.url))
    for (const file of LAYERS.flatMap((dir) => [...testFiles(dir)]).filter((f) => f !== self)) {
      const source = fs.readFileSync(file, 'utf8')
      marked += source.match(/skipReason\(/g)?.length ?? 0
      for (const skip of unexplainedSkips(source)) offenders.push(`${file} ${skip}`)
    }
    // The scan reads the real suites: the corpus and Meilisearch ones are marked today.
    expect(marked).toBeGreaterThanOrEqual(4)
    expect(offenders).toEqual([])
  })
})
