import localFont from 'next/font/local'

/*
 * Noto Sans (variable weight) from the @fontsource-variable package, self-hosted by Next.
 * Only two subsets are loaded: Latin (the plain letters and à á â …) and Vietnamese (ă đ ơ ư and
 * the stacked tone marks). Fontsource's all-in-one CSS would also pull Latin Extended (170 kB)
 * for the same letters, so each subset is its own family limited by unicode-range and the two
 * are chained in font-family.
 *
 * The fonts are kept off the first visit's first paint: that page's text uses only the
 * size-adjusted Arial fallback (full Vietnamese coverage; system-ui where there is no Arial), so
 * the browser neither fetches the fonts while the page loads nor holds text back for them. After
 * the page's `load` the body script downloads them without applying them (no late jump) and
 * notes it; later pages get `data-fonts="web"` from the head script before their first paint
 * and use Noto Sans from the browser cache (inline-scripts.ts, site.css). `optional` and no
 * preload: should the cache have lost the files, a page keeps the fallback rather than waiting
 * or jumping. Without JavaScript a reader always gets the fallback.
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

const families = (fontFamily: string): string[] =>
  fontFamily
    .split(',')
    .map((family) => family.trim())
    .filter(Boolean)

/** The two web font families' names, unquoted, for the body script to load after `load`. */
export function webFontFamilies(): string[] {
  const [latin] = families(notoLatin.style.fontFamily)
  const [vietnamese] = families(notoVietnamese.style.fontFamily)
  return [latin, vietnamese]
    .filter((f): f is string => Boolean(f))
    .map((f) => f.replace(/['"]/g, ''))
}

/**
 * The two stacks as custom properties for `<html style>`: `--font-fallback` (the metric-matched
 * Arial, then the system's) for a first visit, `--font-web` (both Noto faces first, then the
 * same fallback) once `data-fonts="web"` says the files are in the browser's cache.
 */
export function fontStacks(): Record<'--font-fallback' | '--font-web', string> {
  const [latin, ...fallbacks] = families(notoLatin.style.fontFamily)
  const [vietnamese] = families(notoVietnamese.style.fontFamily)
  const fallback = [...fallbacks, 'system-ui', 'sans-serif']
  return {
    '--font-fallback': fallback.join(', '),
    '--font-web': [latin, vietnamese, ...fallback].filter(Boolean).join(', '),
  }
}
