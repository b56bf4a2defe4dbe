import { describe, expect, it } from 'vitest'

import { DEBIAN_CHROME, systemChrome } from '../../../helpers/e2e/chrome'

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
})
