/**
 * The yardstick measured in the same run: a plain Node http server, in its own process, that
 * answers every request with the same bytes as the portal's home page. On a shared machine
 * absolute figures drift with the neighbours' load; the ratio against this does much less.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from './server'

const SERVE = `
const http = require('node:http')
const fs = require('node:fs')
const body = fs.readFileSync(process.argv[1])
http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
    res.end(body)
  })
  .listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'))
`

export async function startReference(dir: string, page: Buffer) {
  const file = path.join(dir, 'reference.html')
  fs.writeFileSync(file, page)
  const port = await freePort()
  const child = spawn(process.execPath, ['-e', SERVE, file, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`reference server exited with ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      child.kill('SIGTERM')
    },
  }
}
