import fs from 'node:fs/promises'
import path from 'node:path'

import { ImportUsageError } from './types'

export interface SourceFile {
  path: string
  /**
   * The folder named on the command line (or the folder of a file named there): the importer
   * reads nothing outside it, such as a picture a page points to with "../../".
   */
  root: string
  /** undefined: not an article file, reported as skipped */
  format?: 'txt' | 'html'
}

export function formatOf(file: string): SourceFile['format'] {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.txt') return 'txt'
  if (ext === '.html' || ext === '.htm') return 'html'
  return undefined
}

async function walk(dir: string, root: string, out: SourceFile[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    // Dot files are editor/OS litter (.DS_Store, .git), not part of an archive.
    if (entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) await walk(full, root, out)
    else if (entry.isFile()) out.push({ path: full, root, format: formatOf(full) })
  }
}

/**
 * Expands the command-line paths into files in a stable order: directories recursively and
 * sorted by name, each path once. A path that does not exist is a usage error, raised before
 * anything is imported, so a typo never produces a half-done batch.
 */
export async function collectFiles(inputs: string[]): Promise<SourceFile[]> {
  const out: SourceFile[] = []
  for (const input of inputs) {
    const full = path.resolve(input)
    const stat = await fs.stat(full).catch(() => undefined)
    if (!stat) throw new ImportUsageError(`Không tìm thấy tệp hoặc thư mục: ${input}`)
    if (stat.isDirectory()) await walk(full, full, out)
    else out.push({ path: full, root: path.dirname(full), format: formatOf(full) })
  }
  const seen = new Set<string>()
  return out.filter((f) => !seen.has(f.path) && Boolean(seen.add(f.path)))
}
