import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { inlineStylesheets } from '@/server/inline-styles'

describe('inlineStylesheets', () => {
  it('inlines built CSS with absolute font URLs and leaves unknown files linked', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'inline-css-'))
    fs.mkdirSync(path.join(root, '.next/static/chunks'), { recursive: true })
    fs.writeFileSync(
      path.join(root, '.next/static/chunks/x.css'),
      'a{src:url(../media/f.woff2)}b{c:url(data:x)}',
    )
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/x.css" data-precedence="next"/>' +
      '<link rel="stylesheet" href="/_next/static/chunks/missing.css"/>'
    expect(inlineStylesheets(html, root)).toBe(
      '<style>a{src:url(/_next/static/media/f.woff2)}b{c:url(data:x)}</style>' +
        '<link rel="stylesheet" href="/_next/static/chunks/missing.css"/>',
    )
  })
})
