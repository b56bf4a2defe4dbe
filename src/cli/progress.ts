/**
 * A one-line progress bar on stderr for long CLI jobs; plain periodic lines when stderr is not
 * a terminal (CI logs, pipes), so stdout stays clean for --json output.
 */
export interface Progress {
  update: (done: number, total?: number) => void
  finish: (message?: string) => void
}

export function progressBar(label: string, total?: number, stream = process.stderr): Progress {
  const started = Date.now()
  let lastPlain = 0
  let knownTotal = total
  const line = (done: number) => {
    const rate = done / Math.max((Date.now() - started) / 1000, 0.001)
    if (!knownTotal) return `${label}: ${done} (${rate.toFixed(0)}/s)`
    const share = Math.min(done / knownTotal, 1)
    const bar = '█'.repeat(Math.round(share * 30)).padEnd(30, '░')
    return `${label} ${bar} ${done}/${knownTotal} ${(share * 100).toFixed(0)}% (${rate.toFixed(0)}/s)`
  }
  return {
    update(done, newTotal) {
      if (newTotal !== undefined) knownTotal = newTotal
      if (stream.isTTY) {
        stream.write(`\r${line(done)}\x1b[K`)
      } else if (Date.now() - lastPlain > 2000 || done === knownTotal) {
        lastPlain = Date.now()
        stream.write(`${line(done)}\n`)
      }
    },
    finish(message) {
      if (stream.isTTY) stream.write('\n')
      if (message) stream.write(`${message}\n`)
    },
  }
}
