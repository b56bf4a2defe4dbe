/**
 * The head of an iPhone HEIC file: an ISO-BMFF `ftyp` box with major brand `heic` (compatible
 * `mif1`, `heic`), then the `meta` box with its `hdlr` of type `pict`, as a phone writes them.
 * The HEVC payload is left out: what is under test is that the upload is recognised as HEIC by
 * its content (whatever its name) and answered accordingly.
 */
const box = (type: string, body: Buffer): Buffer => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(8 + body.length, 0)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, body])
}

export function heicHeader(): Buffer {
  const ftyp = box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1'))
  const hdlr = box(
    'hdlr',
    Buffer.concat([Buffer.alloc(8), Buffer.from('pict', 'latin1'), Buffer.alloc(13)]),
  )
  const meta = box('meta', Buffer.concat([Buffer.alloc(4), hdlr]))
  return Buffer.concat([ftyp, meta, Buffer.alloc(2048, 0x11)])
}
