import { displayPath, formatResultLine } from './report-text'
import type { ProgressListener } from './types'

export interface FileProgress {
  listener: ProgressListener
  /** clears the bar so the report starts on a clean line */
  finish: () => void
}

const WIDTH = 24

/** The text of the per-file bar, `[##------] 1/4`. */
export function fileProgressBar(done: number, total: number, width = WIDTH): string {
  const filled = total > 0 ? Math.round((done / total) * width) : width
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`
}

/**
 * Progress on stderr so stdout carries only the report (or the JSON). A terminal gets one
 * bar redrawn in place; a pipe or log file gets one plain line per file instead.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): FileProgress {
  if (!stream.isTTY) {
    return {
      listener: ({ done, total, result }) => {
        stream.write(`[${done}/${total}] ${formatResultLine(result)}\n`)
      },
      finish: () => undefined,
    }
  }
  let drawn = false
  return {
    listener: ({ done, total, result }) => {
      const room = Math.max(10, (stream.columns || 80) - WIDTH - 16)
      const name = displayPath(result.path).slice(-room)
      stream.write(`\r\x1b[2K${fileProgressBar(done, total)} ${name}`)
      drawn = true
    },
    finish: () => {
      if (drawn) stream.write('\r\x1b[2K')
    },
  }
}
