import { describe, expect, it } from 'vitest'

import { warningFor } from '@/server/proxy-check'

describe('the TRUST_PROXY warning', () => {
  it('names the variable, the peer and the value to set when unset', () => {
    const message = warningFor('10.0.0.5', undefined)
    expect(message).toContain('TRUST_PROXY is unset')
    expect(message).toContain('set TRUST_PROXY=10.0.0.5')
    expect(message).toContain('TRUST_PROXY=1')
  })

  it('quotes a wrong setting as it was given', () => {
    expect(warningFor('10.0.0.5', ' 10.0.0.9 ')).toContain('TRUST_PROXY=10.0.0.9 does not trust')
  })
})
