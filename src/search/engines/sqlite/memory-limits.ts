/**
 * How much memory the embedded search index may hold in the server process, and the environment
 * knobs that change it. Both count in the process's resident memory, so both are capped rather
 * than left to grow with the archive (BENCHMARKS.md, "Where the memory goes"):
 *
 * - SEARCH_CACHE_MB (default 32): SQLite's page cache of the engine's connection, filled on
 *   demand up to the cap. Pages it drops are read again from the kernel's file cache, which is
 *   not the process's memory.
 * - SEARCH_MMAP_MB (default 0): how much of the index file is read through a memory map. A mapped
 *   page costs no copy, but every page a query touched stays in the process's resident memory
 *   until the kernel needs it back: under load the map grew by 54 MiB in ten minutes at 10,000
 *   articles (85 MiB in all, toward the whole 100 MB file; 0.9 GB at 100,000 articles), which was
 *   most of the measured growth. It used to be 2 GiB; set it again where memory is plentiful.
 */
export const SEARCH_CACHE_MIB = 32
export const SEARCH_MMAP_MIB = 0

type Env = Record<string, string | undefined>

function mebibytes(name: string, value: string | undefined): number | undefined {
  const v = value?.trim()
  if (!v) return undefined
  if (!/^\d+$/.test(v) || Number(v) > 65_536) {
    throw new Error(`${name} must be a whole number of MB (0–65536), got "${v}"`)
  }
  return Number(v)
}

/** The engine's memory options from SEARCH_CACHE_MB and SEARCH_MMAP_MB (unset: the defaults). */
export function searchMemoryFromEnv(env: Env): { cacheMiB?: number; mmapMiB?: number } {
  const cacheMiB = mebibytes('SEARCH_CACHE_MB', env.SEARCH_CACHE_MB)
  const mmapMiB = mebibytes('SEARCH_MMAP_MB', env.SEARCH_MMAP_MB)
  return {
    ...(cacheMiB === undefined ? {} : { cacheMiB }),
    ...(mmapMiB === undefined ? {} : { mmapMiB }),
  }
}
