// The rebuild runs parts of its work in worker threads (row-worker.ts, writer-worker.ts), whose
// entry modules sit beside this file. Node 20 does not apply tsx's loader to a worker's entry
// module, so a TypeScript worker registers tsx itself first. Paths come from the file system
// rather than `new Worker(new URL(…))`, which bundlers would try to follow.
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The `eval` source that loads the worker module `name` of this folder, or null if it cannot. */
export function workerSource(name: string): string | null {
  try {
    const here = fileURLToPath(import.meta.url)
    const ext = path.extname(here)
    const entry = JSON.stringify(pathToFileURL(path.join(path.dirname(here), `${name}${ext}`)).href)
    if (ext !== '.ts') return `import(${entry})`
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
    return `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}) })`
  } catch {
    return null
  }
}
