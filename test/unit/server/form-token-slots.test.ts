import { describe, expect, it } from 'vitest'

import { FORM_TOKEN_SLOT } from '@/feedback/token-slot'
import { fillTokenSlots, hasTokenSlot } from '@/server/form-token-slots'

describe('form token slots', () => {
  it('fills each slot with its own token and leaves the rest of the page alone', () => {
    let n = 0
    const page = Buffer.from(
      `<p>a</p><input name="ma" value="${FORM_TOKEN_SLOT}"><input name="ma" value="${FORM_TOKEN_SLOT}"><p>z</p>`,
    )
    expect(hasTokenSlot(page)).toBe(true)
    const filled = fillTokenSlots(page, () => `t${++n}`).toString()
    expect(filled).toBe('<p>a</p><input name="ma" value="t1"><input name="ma" value="t2"><p>z</p>')
  })

  it('never touches the placeholder where a reader typed it (escaped text)', () => {
    const page = Buffer.from(`<p>value=&quot;${FORM_TOKEN_SLOT}&quot; ${FORM_TOKEN_SLOT}</p>`)
    expect(hasTokenSlot(page)).toBe(false)
    expect(fillTokenSlots(page, () => 'x')).toBe(page)
  })
})
