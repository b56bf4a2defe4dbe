import sharp from 'sharp'

const PALETTES = [
  ['#8b1a1a', '#d4a017'],
  ['#1f4e79', '#9dc3e6'],
  ['#375623', '#a9d18e'],
  ['#7f6000', '#ffd966'],
  ['#833c0b', '#f4b183'],
  ['#3a3a6a', '#b4a7d6'],
]

/**
 * Generated demo photos (no copyrighted pictures in the repository): a gradient "sky", hills and
 * a row of figures, different per index, as a 1600×1000 JPEG.
 */
export async function demoPhoto(index: number): Promise<Buffer> {
  const [dark, light] = PALETTES[index % PALETTES.length] as [string, string]
  const people = Array.from({ length: 7 }, (_, i) => {
    const x = 220 + i * 190 + ((index * 37) % 60)
    return `<circle cx="${x}" cy="640" r="34" fill="${dark}"/><rect x="${x - 40}" y="680" width="80" height="170" rx="30" fill="${dark}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
    <rect width="1600" height="1000" fill="url(#g)"/>
    <path d="M0 760 Q 400 ${560 + index * 20} 800 720 T 1600 700 V1000 H0Z" fill="${dark}" opacity="0.35"/>
    ${people}
    <rect x="0" y="880" width="1600" height="120" fill="${dark}" opacity="0.8"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
