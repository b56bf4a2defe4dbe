// The datagram reader remembers its verdict per request fields (everything nginx logs but the
// client address). Those fields are the reader's to choose: a user agent, a Purpose header or a
// URI of up to 8 kB each, on a page nginx answers from its micro-cache. Remembering thousands of
// such datagrams let any reader make the listening process hold a hundred megabytes or more;
// long fields must take the exact path instead, and still be read right. Measured on the heap
// after a full garbage collection (exposed at run time, so no special flag is needed).
import v8 from 'node:v8'
import vm from 'node:vm'

import { describe, expect, it } from 'vitest'

import { datagramReader, viewFromDatagram } from '@/site/readership/view-log'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

const KEY = 'k'.repeat(64)
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36'

/** A micro-cache hit on the home page as nginx sends it, with a user agent of `size` characters. */
const hit = (i: number, size: number) =>
  `<190>Nov 30 04:00:00 portalview: ${JSON.stringify({
    k: KEY,
    m: 'GET',
    u: '/',
    s: '200',
    t: 'text/html; charset=utf-8',
    a: `${BROWSER} ${String(i).padStart(8, '0')}${'x'.repeat(size)}`,
    r: '',
    p: '',
    q: '',
    ip: '203.0.113.9',
  })}`

const heapMb = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 1e6
}

describe('the datagram reader’s memory', () => {
  it('does not keep readers’ oversized request fields', () => {
    const read = datagramReader(KEY)
    const before = heapMb()
    for (let i = 0; i < 4096; i++) {
      const message = hit(i, 16_000)
      const view = read(message)
      expect(view?.path).toBe('/')
      if (i % 512 === 0) expect(view).toEqual(viewFromDatagram(message, KEY))
    }
    const grown = heapMb() - before
    // 4,096 remembered 16 kB datagrams would be over 64 MB.
    expect(grown).toBeLessThan(16)
    // The reader is still alive (and so still holds whatever it remembered).
    expect(read(hit(0, 10))?.address).toBe('203.0.113.9')
  })

  it('still remembers ordinary datagrams and reads them as the exact path does', () => {
    const read = datagramReader(KEY)
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 50; i++) {
        const message = hit(i, 0)
        expect(read(message)).toEqual(viewFromDatagram(message, KEY))
      }
  })
})
