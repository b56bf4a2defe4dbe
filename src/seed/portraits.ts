import sharp from 'sharp'

/**
 * Generated demo portraits (no photo of a real person in the repository): a head-and-shoulders
 * silhouette on a plain background, 1200×800 so the 16:9 crops keep the face in the middle.
 */
export async function demoPortrait(index: number): Promise<Buffer> {
  const backgrounds = ['#dfe7ef', '#efe5dc', '#e3ecdf']
  const bg = backgrounds[index % backgrounds.length] ?? '#e6e6e6'
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <rect width="1200" height="800" fill="${bg}"/>
    <circle cx="600" cy="300" r="130" fill="#5b4a3f"/>
    <path d="M330 800 C 350 560 460 470 600 470 C 740 470 850 560 870 800 Z" fill="#24324a"/>
    <path d="M560 470 L600 560 L640 470 Z" fill="#ffffff"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
