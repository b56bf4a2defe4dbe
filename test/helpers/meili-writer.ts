// Starts meili-writer-process.ts in its own Node process (tsx) and sends it writes one at a time,
// so offline tests can have a real second process publish and unpublish during a rebuild.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'

import type { SearchDocument } from '@/search/types'

export interface MeiliWriter {
  upsert(doc: SearchDocument): Promise<void>
  remove(id: string): Promise<void>
  close(): Promise<void>
}

export function startMeiliWriter(host: string, indexName = 'articles'): MeiliWriter {
  const root = resolve(import.meta.dirname, '../..')
  const child = spawn(
    resolve(root, 'node_modules/.bin/tsx'),
    [resolve(import.meta.dirname, 'meili-writer-process.ts'), host, indexName],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const send = async (command: object): Promise<void> => {
    child.stdin.write(`${JSON.stringify(command)}\n`)
    const { value, done } = await answers.next()
    if (done) throw new Error('writer process exited')
    if (value !== 'ok') throw new Error(`writer process: ${String(value)}`)
  }
  return {
    upsert: (doc) => send({ upsert: doc }),
    remove: (id) => send({ remove: id }),
    close: async () => {
      child.stdin.end()
      if (child.exitCode === null) await new Promise((done) => child.once('exit', done))
    },
  }
}
