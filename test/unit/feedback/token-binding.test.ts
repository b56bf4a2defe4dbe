import { describe, expect, it } from 'vitest'

import { clientNetwork, tokenBinding } from '@/feedback/token-binding'

describe('the network a form token is bound to', () => {
  it('is the /24 of an IPv4 address (IPv4-mapped IPv6 included)', () => {
    expect(clientNetwork('203.0.113.5', 'network')).toBe('203.0.113.0/24')
    expect(clientNetwork('203.0.113.77', 'network')).toBe('203.0.113.0/24')
    expect(clientNetwork('::ffff:203.0.113.5', 'network')).toBe('203.0.113.0/24')
    expect(clientNetwork('203.0.114.5', 'network')).not.toBe('203.0.113.0/24')
  })

  it('is the /48 of an IPv6 address, however it is written', () => {
    const net = clientNetwork('2001:db8:1234:5::10', 'network')
    expect(net).toBe('2001:db8:1234::/48')
    expect(clientNetwork('2001:0db8:1234:ffff:1:2:3:4', 'network')).toBe(net)
    expect(clientNetwork('2001:db8:1234::1%eth0', 'network')).toBe(net)
    expect(clientNetwork('2001:db8:9999::1', 'network')).not.toBe(net)
    expect(clientNetwork('::1', 'network')).toBe('0:0:0::/48')
  })

  it('is the exact address in address mode, and nothing when off', () => {
    expect(clientNetwork('203.0.113.5', 'address')).toBe('203.0.113.5')
    expect(clientNetwork('2001:db8::1', 'address')).toBe('2001:db8:0:0:0:0:0:1')
    expect(clientNetwork('203.0.113.5', 'off')).toBe('')
  })

  it('reads FEEDBACK_TOKEN_BINDING, defaulting to the network', () => {
    expect(tokenBinding(undefined)).toBe('network')
    expect(tokenBinding('ADDRESS')).toBe('address')
    expect(tokenBinding('off')).toBe('off')
    expect(tokenBinding('nonsense')).toBe('network')
  })
})
