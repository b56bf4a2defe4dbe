import fs from 'node:fs'

import Database from 'libsql'

/**
 * Whether another process has this SQLite file open: a running server, a second one, or a `cms`
 * command. Restoring under such a process would corrupt the database (restore renames a new file
 * over it and deletes its -wal/-shm while the process keeps writing through its old ones), and
 * --force must not be able to do that.
 *
 * Asked of SQLite itself, so a server killed with -9 never blocks a restore and no marker file
 * can go stale: every connection to a WAL database (the adapter opens it in WAL) holds a shared
 * lock in its -shm for as long as it is open, even idle, and an exclusive-mode transaction cannot
 * start while one does (SQLITE_BUSY). The lock is the operating system's, released when its
 * process dies. A file that does not exist is not in use; it is not created. Nor is a file that
 * is not a SQLite database (SQLITE_NOTADB): no connection can read it, and a damaged database is
 * what a restore is for.
 *
 * Through `libsql`'s synchronous `exec`, not @libsql/client: the client prepares statements that
 * only the garbage collector finalizes, and until then close() leaves the connection, and the
 * exclusive lock this probe took, in place (the restore that follows would wait on its own lock).
 */
export function sqliteFileInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false
  const db = new Database(file)
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; ROLLBACK;')
    return false
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return true
    if (code === 'SQLITE_NOTADB') return false
    throw error
  } finally {
    db.close()
  }
}
