/**
 * Which Chromium the browser tests and Lighthouse drive, so `npm ci && npm test` works on a machine
 * with only Node and npm. The system browser (`CHROME_PATH`, else Debian's `/usr/bin/chromium`)
 * when it is there; otherwise the headless Chromium that the `@sparticuz/chromium` dev dependency
 * ships inside its npm package (no download, no root). `PORTAL_NO_SYSTEM_CHROME=1` ignores the
 * system browser, which is how CI keeps the packaged one tested on a machine that has both.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

export const DEBIAN_CHROME = '/usr/bin/chromium'

export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

export interface Chrome {
  /** Executable to launch. */
  path: string
  source: 'system' | 'packaged'
  /** Environment for the browser process (the packaged one brings fonts and libraries). */
  env: Record<string, string>
}

const isExecutable = (file: string): boolean => {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

const truthy = (value: string | undefined): boolean =>
  value !== undefined && !['', '0', 'false', 'no'].includes(value.toLowerCase())

/** The system browser to use, or null when there is none (or it is hidden on purpose). */
export function systemChrome(env: Record<string, string | undefined> = process.env): string | null {
  if (truthy(env.PORTAL_NO_SYSTEM_CHROME)) return null
  const candidates = [env.CHROME_PATH, DEBIAN_CHROME].filter((c): c is string => Boolean(c))
  return candidates.find(isExecutable) ?? null
}

/**
 * A warning when `CHROME_PATH` names no executable file: the browser then falls back to Debian's
 * or the packaged one, which an operator who set it by hand (a typo, a browser since removed)
 * should hear about. Quiet when the system browser is hidden on purpose.
 */
export function chromePathWarning(
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (truthy(env.PORTAL_NO_SYSTEM_CHROME) || !env.CHROME_PATH || isExecutable(env.CHROME_PATH))
    return null
  const fallback = systemChrome({ ...env, CHROME_PATH: undefined }) ?? 'the packaged Chromium'
  return `CHROME_PATH=${env.CHROME_PATH} is not an executable file: using ${fallback} instead`
}

const fontsConf = (home: string): string => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(home, 'fonts')}</dir>
  <cachedir>${path.join(home, 'fonts-cache')}</cachedir>
</fontconfig>
`

/**
 * Unpacks the packaged Chromium once per package version into its own folder under the temp
 * directory. The package itself unpacks into `os.tmpdir()` and trusts any file already there,
 * so a half-written binary from an interrupted or concurrent run would be launched as is; here
 * it unpacks into a fresh staging folder that is renamed into place only when complete.
 */
async function packagedChrome(): Promise<Chrome> {
  const require = createRequire(import.meta.url)
  const root = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..', '..')
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string
  }
  const home = path.join(os.tmpdir(), `portal-chromium-${version}`)
  const done = path.join(home, '.complete')
  if (!fs.existsSync(done)) {
    const staging = fs.mkdtempSync(`${home}-staging-`)
    const { default: chromium } = await import('@sparticuz/chromium')
    const savedTmp = process.env.TMPDIR
    // The package unpacks into os.tmpdir(), which follows TMPDIR.
    process.env.TMPDIR = staging
    try {
      await chromium.executablePath(path.join(root, 'bin'))
    } finally {
      if (savedTmp === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = savedTmp
    }
    // The package's fonts.conf names fixed Lambda folders; this one adds its fonts (Open Sans,
    // which covers Vietnamese) to the system's configuration, when there is one.
    fs.writeFileSync(path.join(staging, 'fonts.conf'), fontsConf(home))
    // NSS, NSPR and expat, the only libraries the binary needs beyond glibc. The package unpacks
    // them on Amazon Linux only; a fresh Debian or Ubuntu without a browser lacks them too.
    const libs = zlib.brotliDecompressSync(fs.readFileSync(path.join(root, 'bin', 'al2023.tar.br')))
    execFileSync('tar', ['-x', '-C', staging], { input: libs })
    fs.writeFileSync(path.join(staging, '.complete'), '')
    try {
      fs.renameSync(staging, home)
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true })
      // Another process finished first: use its copy.
      if (!fs.existsSync(done)) throw error
    }
  }
  return {
    path: path.join(home, 'chromium'),
    source: 'packaged',
    env: {
      ...processEnv(),
      FONTCONFIG_FILE: path.join(home, 'fonts.conf'),
      LD_LIBRARY_PATH: [path.join(home, 'lib'), process.env.LD_LIBRARY_PATH]
        .filter(Boolean)
        .join(':'),
    },
  }
}

const processEnv = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  )

let resolved: Promise<Chrome> | undefined

/** The browser for this process: the system one when present, else the packaged one. */
export function resolveChrome(): Promise<Chrome> {
  const system = systemChrome()
  const warning = resolved ? null : chromePathWarning()
  if (warning) console.warn(warning)
  resolved ??= system
    ? Promise.resolve({ path: system, source: 'system', env: processEnv() })
    : packagedChrome()
  return resolved
}
