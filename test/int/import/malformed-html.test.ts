// Truly malformed HTML through the whole importer: unclosed tags everywhere, broken and
// out-of-range character references, NUL bytes inside a paragraph, and pure binary junk named
// .html. Each file either becomes an article with every sentence it held, or is reported as
// failed with a Vietnamese reason; the run never crashes and the good files still import.
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPaths, type ImportReport } from '@/import/run'
import type { Article } from '@/payload-types'

import { allArticles } from '../../helpers/import-run'
import { bootPayload, type TestPayload } from '../../helpers/payload'

let t: TestPayload
let report: ImportReport
let articles: Article[] = []

// The <title> and <h1> are closed: an unclosed <title> swallows the whole page as its text, and
// an unclosed <h1> makes every later paragraph part of the heading, in browsers too.
const UNCLOSED = `<html><head><meta charset="utf-8"><title>Hội nghị tổng kết công tác tuyên giáo</title>
<body><div class="content"><table><tr><td><h1>Hội nghị tổng kết công tác tuyên giáo năm 2024</h1>
<p><b>Sáng 20/12, Ban Tuyên giáo tổ chức hội nghị tổng kết công tác năm 2024.
<p>Đoạn thứ nhất nói về việc học tập nghị quyết <i>ở các chi bộ <span>cơ sở
<p>Đoạn thứ hai nói về công tác nắm bắt dư luận xã hội <a href="/x">trên địa bàn
<td><p>Đoạn thứ ba nằm trong một ô bảng không bao giờ đóng
<ul><li>Việc thứ nhất cần làm<li>Việc thứ hai cần làm
<p>Đoạn cuối cùng sau danh sách không đóng</div></span></b></table></p></html`

const ENTITIES = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><article>
<h1>&#x110;&#7843;ng b&#7897; ph&#432;&#7901;ng t&#7893; ch&#7913;c &#273;&#7841;i h&#7897;i &amp chi b&#7897;</h1>
<p>Sáng 5/3, &#272;ảng bộ phường tổ chức đại hội &amp;amp; bầu ban chấp hành nhiệm kỳ mới&#.</p>
<p>Tham dự có &#xZZZ; đảng viên &unknown; trong phường &nbsp</p>
<p>Đại hội biểu quyết thông qua nghị quyết với 100&#37 tán thành &lt;b&gt; và &#128512; kết thúc tốt đẹp.</p>
</article></body></html>`

/** References to no character at all: a browser shows U+FFFD, the importer calls it damage. */
const OUT_OF_RANGE = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><article>
<h1>Hội nghị cán bộ chủ chốt phường</h1>
<p>Tham dự có &#99999999; đại biểu &#0; khách mời &#xD800; và lãnh đạo phường.</p>
</article></body></html>`

const WITH_NUL = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><article>
<h1>Chi bộ khu dân cư số 3 sinh hoạt chuyên đề</h1>
<p>Chi bộ khu dân cư số 3 tổ chức sinh hoạt chuyên đề\u0000\u0001\u0007 về phát huy dân chủ ở cơ sở.</p>
<p>Các đảng viên đóng góp nhiều ý kiến\u0000 thiết thực cho hoạt động của khu dân cư.</p>
</article></body></html>`

/** Bytes 0–255 over and over, with no structure at all, in a file named like a page. */
const JUNK = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97 + 13) % 256))

beforeAll(async () => {
  t = await bootPayload('import-malformed')
  const dir = path.join(t.dir, 'nguon')
  fs.mkdirSync(dir)
  fs.writeFileSync(path.join(dir, 'a-khong-dong-the.html'), UNCLOSED)
  fs.writeFileSync(path.join(dir, 'b-thuc-the-hong.html'), ENTITIES)
  fs.writeFileSync(path.join(dir, 'b2-ma-ngoai-pham-vi.html'), OUT_OF_RANGE)
  fs.writeFileSync(path.join(dir, 'c-byte-nul.html'), WITH_NUL)
  fs.writeFileSync(path.join(dir, 'd-rac-nhi-phan.html'), JUNK)
  report = await importPaths(t.payload, [dir])
  articles = await allArticles(t.payload)
})

afterAll(async () => {
  await t?.cleanup()
})

const result = (name: string) => report.files.find((f) => f.path.endsWith(name))
const article = (title: string): Article => {
  const found = articles.find((a) => a.title === title)
  if (!found)
    throw new Error(`No article "${title}" in ${articles.map((a) => a.title).join(' | ')}`)
  return found
}
/** Title, lead and body as JSON: control characters show up escaped as \\u00xx. */
const text = (a: Article) => JSON.stringify([a.title, a.sapo, a.body])

describe('importing malformed HTML', () => {
  it('accounts for every file: three articles, two refused with a Vietnamese reason', () => {
    expect(report.summary).toMatchObject({ total: 5, created: 3, failed: 2 })
    expect(result('d-rac-nhi-phan.html')).toMatchObject({
      status: 'failed',
      reason: 'Không tìm thấy nội dung bài viết',
    })
    expect(result('b2-ma-ngoai-pham-vi.html')?.status).toBe('failed')
    expect(result('b2-ma-ngoai-pham-vi.html')?.reason).toMatch(/^Văn bản bị lỗi mã hóa/u)
    expect(articles).toHaveLength(3)
  })

  it('keeps every sentence of a page whose tags are never closed', () => {
    const a = article('Hội nghị tổng kết công tác tuyên giáo năm 2024')
    expect(result('a-khong-dong-the.html')?.status).toBe('created')
    for (const sentence of [
      'Sáng 20/12, Ban Tuyên giáo tổ chức hội nghị tổng kết công tác năm 2024.',
      'Đoạn thứ nhất nói về việc học tập nghị quyết ở các chi bộ cơ sở',
      'Đoạn thứ hai nói về công tác nắm bắt dư luận xã hội trên địa bàn',
      'Đoạn thứ ba nằm trong một ô bảng không bao giờ đóng',
      'Việc thứ nhất cần làm',
      'Việc thứ hai cần làm',
      'Đoạn cuối cùng sau danh sách không đóng',
    ])
      expect(text(a), sentence).toContain(sentence)
  })

  it('decodes good references, keeps broken ones as text, and stores no control characters', () => {
    const a = article('Đảng bộ phường tổ chức đại hội & chi bộ')
    expect(result('b-thuc-the-hong.html')?.status).toBe('created')
    const body = text(a)
    expect(body).toContain('Sáng 5/3, Đảng bộ phường tổ chức đại hội &amp; bầu ban chấp hành')
    expect(body).toContain('100% tán thành <b> và 😀 kết thúc tốt đẹp.')
    expect(body).toContain('Tham dự có &#xZZZ; đảng viên &unknown; trong phường')
    expect(body).not.toContain('&nbsp')
  })

  it('drops NUL and other control bytes inside a paragraph without losing the words', () => {
    const a = article('Chi bộ khu dân cư số 3 sinh hoạt chuyên đề')
    const body = text(a)
    expect(body).toContain('tổ chức sinh hoạt chuyên đề về phát huy dân chủ ở cơ sở.')
    expect(body).toContain('Các đảng viên đóng góp nhiều ý kiến thiết thực')
    expect(body).not.toMatch(/\\u00[01][0-9a-f]/iu)
  })
})
