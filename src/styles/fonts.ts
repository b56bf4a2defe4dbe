import localFont from 'next/font/local'

/*
 * Noto Sans (variable weight) from the @fontsource-variable package, self-hosted by Next.
 * Only two subsets are loaded: Latin (the plain letters and à á â …) and Vietnamese (ă đ ơ ư and
 * the stacked tone marks). Fontsource's all-in-one CSS would also pull Latin Extended (170 kB)
 * for the same letters, so each subset is its own family limited by unicode-range and the two
 * are chained in font-family. `optional` without preload: on a slow first visit the fonts do
 * not compete with the page and its lead photo, the reader keeps the size-adjusted Arial
 * fallback (full Vietnamese coverage) instead of text jumping late, and later pages use Noto
 * Sans from the browser cache.
 */
export const notoLatin = localFont({
  src: '../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'optional',
  preload: false,
  adjustFontFallback: 'Arial',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
})

export const notoVietnamese = localFont({
  src: '../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-vietnamese-wght-normal.woff2',
  weight: '100 900',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
    },
  ],
})

/** Both faces first, then the metric-matched fallback, then the system's. */
export function fontStack(): string {
  const [latin, ...fallbacks] = notoLatin.style.fontFamily.split(',').map((f) => f.trim())
  const [vietnamese] = notoVietnamese.style.fontFamily.split(',').map((f) => f.trim())
  return [latin, vietnamese, ...fallbacks, 'system-ui', 'sans-serif'].filter(Boolean).join(', ')
}
