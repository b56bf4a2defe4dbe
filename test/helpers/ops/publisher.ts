/**
 * A second process that keeps publishing while a backup runs (test/int/cli/backup.test.ts):
 * each round uploads a photo with caption and credit, publishes an article using it, then
 * edits it (a second version), and only then prints `ACK {json}` on stdout. SIGTERM ends it
 * after the round in progress. Run with tsx on the environment of the installation under test.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import sharp from 'sharp'

let stopping = false
process.on('SIGTERM', () => (stopping = true))

const payload = await getPayload({ config })
const prefix = process.env.PUBLISHER_PREFIX ?? 'Bản tin sao lưu'

for (let n = 1; !stopping && n <= 500; n++) {
  const png = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: n % 255, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  const credit = `Phóng viên ${n}`
  const caption = `Quang cảnh buổi làm việc số ${n}`
  const media = await payload.create({
    collection: 'media',
    data: { alt: caption, caption, credit },
    file: { data: png, mimetype: 'image/png', name: `sao-luu-${n}.png`, size: png.length },
    overrideAccess: true,
  })
  const title = `${prefix} số ${n}`
  const article = await payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: 'published', coverImage: media.id },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { sapo: `Tóm tắt lần sửa của bài ${n}` },
    overrideAccess: true,
  })
  process.stdout.write(
    `ACK ${JSON.stringify({ id: article.id, title, media: media.id, filename: media.filename, caption, credit })}\n`,
  )
}
await payload.destroy()
process.exit(0)
