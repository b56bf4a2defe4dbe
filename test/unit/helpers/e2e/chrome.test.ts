import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chromePathWarning, DEBIAN_CHROME, systemChrome } from '../../../helpers/e2e/chrome'

// The choice between the system browser and the packaged one (unpacking and launching the
// packaged one is exercised by the browser tests in CI with the system browser hidden).
describe('systemChrome', () => {
  it('takes CHROME_PATH when it is an executable', () => {
    expect(systemChrome({ CHROME_PATH: process.execPath })).toBe(process.execPath)
  })

  it('falls back to Debian’s chromium, or to none (the packaged one) when neither exists', () => {
    const found = systemChrome({ CHROME_PATH: '/nonexistent' })
    expect([DEBIAN_CHROME, null]).toContain(found)
  })

  it('ignores every system browser with PORTAL_NO_SYSTEM_CHROME=1', () => {
    const env = { CHROME_PATH: process.execPath, PORTAL_NO_SYSTEM_CHROME: '1' }
    expect(systemChrome(env)).toBeNull()
    expect(systemChrome({ ...env, PORTAL_NO_SYSTEM_CHROME: '0' })).toBe(process.execPath)
  })

  it('warns when CHROME_PATH names no executable, unless the system browser is hidden', () => {
    const warning = chromePathWarning({ CHROME_PATH: '/nonexistent/chrome' })
    expect(warning).toMatch(/^CHROME_PATH=\/nonexistent\/chrome is not an executable file: using /)
    expect(warning).toContain(systemChrome({}) ?? 'the packaged Chromium')
    // A file that exists but cannot run is no browser either.
    const notRunnable = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chrome-path-')), 'chrome')
    fs.writeFileSync(notRunnable, '', { mode: 0o644 })
    expect(chromePathWarning({ CHROME_PATH: notRunnable })).not.toBeNull()
    fs.rmSync(path.dirname(notRunnable), { recursive: true, force: true })
    expect(chromePathWarning({ CHROME_PATH: process.execPath })).toBeNull()
    expect(chromePathWarning({})).toBeNull()
    // How CI hides the system browser (.ci/run): on purpose, so nothing to warn about.
    expect(
      chromePathWarning({ CHROME_PATH: '/nonexistent', PORTAL_NO_SYSTEM_CHROME: '1' }),
    ).toBeNull()
  })
})
