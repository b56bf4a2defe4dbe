// Broken real-world markup the importer meets: a Word "Save as Web Page" export, an old portal's
// nested layout tables with unclosed cells, stray end tags and `</br>`, and a page whose entities
// mix named, decimal, hex and Windows-1252 references with stray ampersands. The expected values
// are what a browser shows for each page.
import { describe, expect, it } from 'vitest'

import { parseFixture } from '../../../helpers/import-parse'

const paragraphs = (a: ReturnType<typeof parseFixture>): string[] =>
  a.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
const photos = (a: ReturnType<typeof parseFixture>) =>
  a.photos.map(({ caption, credit, src }) => ({ caption, credit, src }))

describe('Word "Save as Web Page" export', () => {
  const a = parseFixture('word-export.html')

  it('takes the title from the <h1>, the date and the bold lead', () => {
    expect(a.title).toBe('Chi bộ cơ sở sơ kết sáu tháng thực hiện nghị quyết')
    expect(a.publishedAt).toBe('2024-07-16T08:30:00+07:00')
    expect(a.sapo).toMatch(/^Sáng 15\/7, Chi bộ Văn phòng tổ chức hội nghị sơ kết/)
  })

  it('keeps paragraphs with &nbsp; runs collapsed and drops <o:p>-only paragraphs', () => {
    expect(paragraphs(a)[0]).toBe(
      'Sáu tháng qua, chi bộ duy trì nền nếp sinh hoạt định kỳ, nội dung sinh hoạt chuyên đề gắn với nhiệm vụ chuyên môn của từng tổ công tác. Tỷ lệ đảng viên tham gia đạt 98%.',
    )
    expect(paragraphs(a)).toContain(
      'Hội nghị đã biểu quyết thông qua phương hướng với 100% tán thành.',
    )
    expect(a.body).toContainEqual({ type: 'heading', text: 'Những việc cần làm ngay' })
    expect(a.body).toContainEqual({
      type: 'list',
      items: [
        'Hoàn thành kiểm điểm giữa nhiệm kỳ trước ngày 30/9',
        'Rà soát hồ sơ đảng viên, cập nhật phần mềm quản lý',
      ],
    })
    expect(a.bodyText).toContain('Kết nạp đảng viên')
    expect(a.authors).toEqual([{ name: 'Ngọc Mai' }])
  })

  it('takes the <img> of the VML fallback with its MsoCaption, never the conditional comments', () => {
    expect(photos(a)).toEqual([
      {
        caption: 'Quang cảnh hội nghị',
        credit: 'Ngọc Mai',
        src: 'hoi-nghi-so-ket_files/image002.jpg',
      },
    ])
    expect(a.bodyText).not.toMatch(/mso|behavior|PC-VP02|Print|image001|\{|\u00a0/)
  })
})

describe('old portal page: nested tables, unclosed cells, stray end tags', () => {
  const a = parseFixture('broken-tables.html')

  it('takes the title, date and lead', () => {
    expect(a.title).toBe('Lớp bồi dưỡng lý luận chính trị cho đảng viên mới')
    expect(a.publishedAt).toBe('2024-09-09T10:05:00+07:00')
    expect(a.sapo).toMatch(/^Sáng 9\/9, Đảng ủy Khối các cơ quan tỉnh khai giảng lớp/)
  })

  it('splits paragraphs at unclosed <p> and at </br>', () => {
    expect(paragraphs(a).slice(0, 3)).toEqual([
      'Lớp học kéo dài năm ngày với mười hai chuyên đề về lịch sử Đảng, tư tưởng Hồ Chí Minh và nhiệm vụ của người đảng viên.',
      'Giảng viên là báo cáo viên của Ban Tuyên giáo và Trường Chính trị tỉnh.',
      'Cuối khóa, mỗi học viên viết một bài thu hoạch.',
    ])
  })

  it('keeps the caption of the unclosed picture table and everything after a stray </div>', () => {
    expect(photos(a)).toEqual([
      {
        caption: 'Đồng chí Phó Bí thư Đảng ủy Khối phát biểu khai giảng lớp học',
        credit: 'Hải Đăng',
        src: '/Uploads/2024/9/khai-giang.jpg',
      },
    ])
    expect(a.body).toContainEqual({ type: 'heading', text: 'Học đi đôi với hành' })
    expect(paragraphs(a).slice(3)).toEqual([
      'Ban tổ chức lớp yêu cầu mỗi học viên xây dựng kế hoạch rèn luyện, tu dưỡng gắn với nhiệm vụ được giao tại cơ quan, đơn vị.',
      'Kết thúc khóa học, học viên đạt yêu cầu được cấp giấy chứng nhận và là căn cứ để chi bộ xét công nhận đảng viên chính thức.',
    ])
    expect(a.authors).toEqual([{ name: 'Minh Châu' }])
    expect(a.bodyText).not.toMatch(/Liên kết website|Cổng thông tin tỉnh|Bản quyền|Trang chủ/)
  })
})

describe('entities: named, decimal, hex, Windows-1252 and stray ampersands', () => {
  const a = parseFixture('entities-mixed.html')

  it('decodes the title', () => {
    expect(a.title).toBe('Phát huy vai trò của tổ chức Đảng trong công tác thời đại mới')
  })

  it('maps Windows-1252 references to the characters they meant and keeps stray &', () => {
    expect(a.sapo).toBe(
      'Chiều 12/9, Sở KH&CN phối hợp với Sở VH,TT&DL tổ chức hội thảo “Tổ chức Đảng với nhiệm vụ R&D” – thu hút hơn 120 đại biểu.',
    )
    expect(paragraphs(a)[0]).toBe(
      'Theo báo cáo, nhiều đơn vị đã đưa tiến bộ khoa học vào công việc hàng ngày… Kinh phí cho nghiên cứu tăng 15 % so với năm trước.',
    )
    expect(paragraphs(a)[1]).toContain('thực tiễn địa phương; tỉnh Yên Bái đã đặt hàng 14 đề tài')
    expect(a.bodyText + (a.sapo ?? '')).not.toMatch(/[\u0080-\u009f]|&nbsp/)
  })

  it('keeps a URL parameter that looks like an entity (&sect=) in the image src', () => {
    expect(photos(a)).toEqual([
      {
        caption: 'Đại biểu thảo luận tại hội thảo',
        credit: 'Hoàng Lan',
        src: '/Uploads/Images/2024/09/hoi-thao.jpg?w=640&h=427&sect=2',
      },
    ])
    expect(a.authors).toEqual([{ name: 'Hoàng Lan' }])
  })
})
