import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export interface FileEntry {
  /** path inside the snapshot, always with forward slashes */
  path: string
  size: number
  sha256: string
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export async function fileEntry(root: string, file: string): Promise<FileEntry> {
  const { size } = await fs.promises.stat(file)
  return {
    path: path.relative(root, file).split(path.sep).join('/'),
    size,
    sha256: await sha256File(file),
  }
}

/** Every regular file under `dir`, depth first; missing dir = none. */
export async function listFiles(dir: string): Promise<string[]> {
  let entries: fs.Dirent[]
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const files: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await listFiles(full)))
    else if (entry.isFile()) files.push(full)
  }
  return files
}

/**
 * The entries whose file is missing, of another size or another checksum, or not a plain file
 * of the snapshot: a symbolic link (to the file or to a folder on its way) would have the restore
 * copy whatever it points at, anywhere the operator can read, into the installation.
 */
export async function mismatches(root: string, entries: FileEntry[]): Promise<string[]> {
  const bad: string[] = []
  const realRoot = await fs.promises.realpath(root)
  for (const entry of entries) {
    const file = path.join(root, ...entry.path.split('/'))
    try {
      const { size } = await fs.promises.lstat(file)
      const real = await fs.promises.realpath(file)
      if (
        real !== path.join(realRoot, ...entry.path.split('/')) ||
        size !== entry.size ||
        (await sha256File(file)) !== entry.sha256
      )
        bad.push(entry.path)
    } catch {
      bad.push(entry.path)
    }
  }
  return bad
}
