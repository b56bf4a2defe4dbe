/**
 * The per-response cost of the readers' form tokens on a cached article, in-process: a kept page
 * of about 33 KiB with one token slot is filled `--n` times as the page cache fills it
 * (src/server/form-token-slots.ts with the issuer token-binding.ts hands it), the secret coming
 * from the generated `data/.payload-secret` as on the embedded quick start (PAYLOAD_SECRET unset).
 * Prints microseconds per response, wall clock and CPU time (user + system).
 *
 *   npx tsx --conditions=production bench/site/form-token-fill.ts [--n 20000] [--rounds 3]
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { issueFormToken } from '@/feedback/form-token'
import { FORM_TOKEN_SLOT } from '@/feedback/token-slot'
import { fillTokenSlots } from '@/server/form-token-slots'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const n = Number(arg('n', '20000'))
const rounds = Number(arg('rounds', '3'))

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'form-token-fill-'))
fs.writeFileSync(path.join(dir, '.payload-secret'), crypto.randomBytes(32).toString('hex'))
process.env.DATA_DIR = dir
delete process.env.PAYLOAD_SECRET

const filler = 'x'.repeat(16 * 1024)
const page = Buffer.from(
  `<html><body>${filler}<form><input name="token" value="${FORM_TOKEN_SLOT}"></form>${filler}</body></html>`,
)
// As tokenIssuerFor does for a reader on an IPv4 /24.
const issue = () => issueFormToken(Date.now(), undefined, '203.0.113.0/24')

let sink = 0
for (let i = 0; i < 2000; i++) sink += fillTokenSlots(page, issue).length
for (let r = 1; r <= rounds; r++) {
  const cpu = process.cpuUsage()
  const t0 = performance.now()
  for (let i = 0; i < n; i++) sink += fillTokenSlots(page, issue).length
  const wall = ((performance.now() - t0) * 1000) / n
  const used = process.cpuUsage(cpu)
  const cpuUs = (used.user + used.system) / n
  console.log(
    `round ${r}: ${wall.toFixed(2)} µs per response wall, ${cpuUs.toFixed(2)} µs CPU (page ${(page.length / 1024).toFixed(1)} KiB, n ${n})`,
  )
}
fs.rmSync(dir, { recursive: true, force: true })
if (sink === 0) console.log('')
