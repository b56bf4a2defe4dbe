import type { Payload } from 'payload'

/**
 * Demo readers' feedback: approved comments under two articles (one more left pending, for the
 * moderation list) and answered questions at /hoi-dap (one left pending). Text written for the
 * demo; contacts are fictitious.
 */
const COMMENTS = [
  {
    article: 'Đảng ủy Khối các cơ quan tỉnh sơ kết công tác xây dựng Đảng 6 tháng đầu năm',
    items: [
      {
        name: 'Nguyễn Thị Hoa',
        contact: 'hoa.nguyen@vidu.vn',
        text: 'Kết quả sơ kết rất đáng ghi nhận. Mong Đảng ủy Khối tiếp tục chia sẻ cách làm hay của các chi bộ để cơ sở học tập.',
        status: 'approved',
      },
      {
        name: 'Phạm Minh Tuấn',
        contact: '0912 000 111',
        text: 'Đề nghị bài sau có thêm số liệu về kết nạp đảng viên mới trong đoàn viên thanh niên.',
        status: 'approved',
      },
      {
        name: 'Bạn đọc',
        contact: 'bandoc@vidu.vn',
        text: 'Cho tôi hỏi lịch sinh hoạt chuyên đề quý III đã có chưa?',
        status: 'pending',
      },
    ],
  },
  {
    article: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cơ sở',
    items: [
      {
        name: 'Đỗ Văn Lâm',
        contact: 'lam.do@vidu.vn',
        text: 'Những việc làm nhỏ mà thiết thực như vậy rất cần được nhân rộng ở các cơ quan.',
        status: 'approved',
      },
    ],
  },
] as const

const QUESTIONS = [
  {
    name: 'Trần Quốc Bảo',
    contact: 'bao.tran@vidu.vn',
    topic: 'Công tác đảng viên',
    question:
      'Khi chuyển công tác sang cơ quan khác trong tỉnh, đảng viên cần chuẩn bị những giấy tờ gì để chuyển sinh hoạt đảng chính thức?',
    answer:
      'Đảng viên đề nghị chi bộ nơi đang sinh hoạt làm thủ tục giới thiệu chuyển sinh hoạt đảng chính thức, kèm hồ sơ đảng viên.\n\nTrong thời hạn quy định, đảng viên nộp giấy giới thiệu cho cấp ủy nơi đến để được bố trí vào chi bộ mới. Chi tiết xin liên hệ Ban Tổ chức Đảng ủy Khối.',
    answeredBy: 'Ban Tổ chức Đảng ủy Khối',
    daysAgo: 3,
  },
  {
    name: 'Lương Thu Trang',
    contact: '0987 222 333',
    topic: 'Chuyển đổi số',
    question:
      'Chi bộ chúng tôi muốn dùng sổ tay đảng viên điện tử. Việc triển khai cần báo cáo cấp ủy cấp trên như thế nào?',
    answer:
      'Chi bộ báo cáo bằng văn bản với đảng ủy cơ sở về kế hoạch sử dụng, danh sách đảng viên tham gia và người phụ trách quản trị. Văn phòng Đảng ủy Khối sẽ hướng dẫn cấp tài khoản và tập huấn.',
    answeredBy: 'Văn phòng Đảng ủy Khối',
    daysAgo: 10,
  },
] as const

/** Creates the demo comments and questions; returns how many documents it made. */
export async function seedFeedback(payload: Payload): Promise<number> {
  let made = 0
  for (const { article, items } of COMMENTS) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { title: { equals: article } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const target = docs[0]
    if (!target) continue
    for (const item of items) {
      await payload.create({
        collection: 'comments',
        data: { ...item, article: target.id },
        overrideAccess: true,
      })
      made++
    }
  }
  for (const { daysAgo, ...q } of QUESTIONS) {
    await payload.create({
      collection: 'questions',
      data: {
        ...q,
        status: 'published',
        answeredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
      },
      overrideAccess: true,
    })
    made++
  }
  await payload.create({
    collection: 'questions',
    data: {
      name: 'Bạn đọc',
      contact: 'hoi@vidu.vn',
      question: 'Cổng thông tin có mục tra cứu văn bản hướng dẫn của Đảng ủy Khối không?',
      status: 'pending',
    },
    overrideAccess: true,
  })
  return made + 1
}
