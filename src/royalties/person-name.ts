/**
 * How a photo credit finds its author record. Names are compared exactly after trimming and
 * collapsing whitespace (and Unicode NFC, so the same letters typed in composed or decomposed
 * form are one name): case and diacritics stay significant, because "Thu Hà" and "Thu Hạ" are
 * two different people and must never be merged into one payee.
 */
export function normalisePersonName(name: string | null | undefined): string {
  return (name ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim()
}

export const samePerson = (a: string | null | undefined, b: string | null | undefined): boolean => {
  const left = normalisePersonName(a)
  return left !== '' && left === normalisePersonName(b)
}
