/** `^(a|b|c)` from a readable word list; the words are plain text, so regex characters are escaped. */
export function wordsPattern(words: string, flags = 'iu', suffix = '(?!\\p{L})'): RegExp {
  const alts = words
    .split('|')
    .map((w) => w.replace(/[.*+?^${}()[\]\\/]/g, '\\$&'))
    .filter(Boolean)
  return new RegExp(`^(${alts.join('|')})${suffix}`, flags)
}
