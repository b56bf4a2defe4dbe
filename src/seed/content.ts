import type { DemoArticle } from './types'

/**
 * Demo articles written for this project in the style of provincial Party committee portals.
 * Names, places and numbers are invented.
 */
export const DEMO_ARTICLES: DemoArticle[] = [
  {
    title: 'Đảng ủy Khối các cơ quan tỉnh sơ kết công tác xây dựng Đảng 6 tháng đầu năm',
    sapo: 'Sáng 18/7, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm và triển khai nhiệm vụ trọng tâm 6 tháng cuối năm.',
    kind: 'news',
    category: 'hoat-dong-dang-uy-khoi',
    tags: ['Hội nghị', 'Xây dựng Đảng'],
    authors: ['Minh Khuê'],
    daysAgo: 1,
    featured: true,
    cover: 0,
    body: [
      'Đồng chí Lê Quang Huy, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh chủ trì hội nghị. Dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ Khối, bí thư các tổ chức cơ sở đảng trực thuộc.',
      { photo: 0, caption: 'Quang cảnh hội nghị sơ kết.', credit: 'Thu Hà' },
      { h2: 'Nhiều chỉ tiêu đạt và vượt kế hoạch' },
      'Báo cáo tại hội nghị cho biết, 6 tháng đầu năm, Ban Thường vụ Đảng ủy Khối đã ban hành 14 nghị quyết, kế hoạch và hướng dẫn; tổ chức quán triệt Nghị quyết số 12-NQ/ĐUK về đẩy mạnh chuyển đổi số trong các cơ quan Đảng đến 100% tổ chức cơ sở đảng. Công tác kiểm tra, giám sát được thực hiện nghiêm túc, đúng kế hoạch.',
      'Toàn Đảng bộ đã kết nạp 57 đảng viên mới, đạt 63% kế hoạch năm; 98% chi bộ sinh hoạt chuyên đề theo hướng dẫn của Ủy ban Kiểm tra Đảng ủy Khối. Việc cải cách thủ tục hành chính (TTHC) tiếp tục được chú trọng gắn với ứng dụng công nghệ thông tin.',
      { photo: 1, caption: 'Đồng chí Lê Quang Huy phát biểu chỉ đạo hội nghị.', credit: 'Thu Hà' },
      { h2: 'Nhiệm vụ 6 tháng cuối năm' },
      'Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy Khối đề nghị các cấp ủy tiếp tục đổi mới phương thức lãnh đạo, nâng cao chất lượng sinh hoạt chi bộ; chuẩn bị chu đáo cho đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ mới; thực hiện tốt công tác sắp xếp tổ chức bộ máy theo chỉ đạo của Trung ương và Tỉnh ủy.',
      {
        list: [
          'Nâng cao chất lượng sinh hoạt chi bộ',
          'Đẩy mạnh chuyển đổi số trong cơ quan Đảng',
          'Làm tốt công tác phát triển đảng viên',
        ],
      },
      'Dịp này, Ban Thường vụ Đảng ủy Khối tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc.',
    ],
  },
  {
    title: 'Phỏng vấn: Nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan tỉnh',
    sapo: 'Nhân dịp kỷ niệm ngày thành lập Đảng bộ Khối, phóng viên có cuộc trao đổi với đồng chí Trần Thị Mai Anh, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh.',
    kind: 'interview',
    category: 'xay-dung-dang',
    tags: ['Sinh hoạt chi bộ', 'Phỏng vấn'],
    authors: ['Quốc Bảo'],
    daysAgo: 3,
    cover: 2,
    body: [
      {
        photo: 2,
        caption: 'Đồng chí Trần Thị Mai Anh trao đổi với phóng viên.',
        credit: 'Quốc Bảo',
      },
      {
        interview: [
          {
            speaker: 'P.V',
            role: 'question',
            text: 'Xin đồng chí cho biết những kết quả nổi bật trong việc nâng cao chất lượng sinh hoạt chi bộ thời gian qua?',
          },
          {
            speaker: 'Đồng chí Trần Thị Mai Anh',
            role: 'answer',
            text: 'Thời gian qua, Đảng ủy Khối đã ban hành hướng dẫn sinh hoạt chuyên đề theo từng quý, gắn nội dung sinh hoạt với nhiệm vụ chính trị của từng cơ quan. Nhiều chi bộ đã đổi mới cách làm, chọn những vấn đề nóng, vướng mắc trong thực thi công vụ để thảo luận, đề xuất giải pháp.',
          },
          {
            speaker: 'P.V',
            role: 'question',
            text: 'Việc ứng dụng công nghệ thông tin vào sinh hoạt chi bộ được triển khai như thế nào, thưa đồng chí?',
          },
          {
            speaker: 'Đồng chí Trần Thị Mai Anh',
            role: 'answer',
            text: 'Chúng tôi đã đưa sổ tay đảng viên điện tử vào sử dụng ở tất cả các chi bộ. Tài liệu sinh hoạt được gửi trước qua hệ thống, đảng viên nghiên cứu kỹ nên buổi sinh hoạt tập trung vào thảo luận, giảm hẳn việc đọc văn bản dài.',
          },
          { speaker: 'P.V', role: 'question', text: 'Xin cảm ơn đồng chí!' },
        ],
      },
    ],
  },
  {
    title: 'Nghị quyết số 12-NQ/ĐUK về đẩy mạnh chuyển đổi số trong các cơ quan Đảng',
    sapo: 'Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh ban hành Nghị quyết về đẩy mạnh chuyển đổi số trong các cơ quan Đảng giai đoạn 2025 - 2030.',
    kind: 'document',
    category: 'van-ban',
    tags: ['Chuyển đổi số', 'Nghị quyết'],
    authors: [],
    daysAgo: 20,
    cover: 3,
    document: {
      number: '12-NQ/ĐUK',
      type: 'nghi_quyet',
      issuingBody: 'Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh',
      signer: 'Lê Quang Huy',
      signerCapacity: 'T/M BAN CHẤP HÀNH',
      signerTitle: 'BÍ THƯ',
      recipients: [
        'Ban Thường vụ Tỉnh ủy (để báo cáo)',
        'Các đảng ủy, chi bộ cơ sở trực thuộc',
        'Lưu Văn phòng Đảng ủy Khối',
      ],
    },
    body: [
      { h2: 'I. Mục tiêu' },
      'Đến năm 2030, 100% văn bản của cấp ủy cơ sở được quản lý, lưu trữ trên môi trường điện tử; 100% đảng viên sử dụng sổ tay đảng viên điện tử; hồ sơ đảng viên được số hóa đầy đủ.',
      { h2: 'II. Nhiệm vụ và giải pháp' },
      'Nâng cao nhận thức của cấp ủy, đảng viên về chuyển đổi số; hoàn thiện hạ tầng, bảo đảm an toàn thông tin; đào tạo, bồi dưỡng kỹ năng số cho cán bộ làm công tác đảng.',
      'Các cấp ủy cơ sở xây dựng kế hoạch thực hiện Nghị quyết, báo cáo kết quả về Ban Thường vụ Đảng ủy Khối định kỳ 6 tháng và hằng năm.',
    ],
  },
  {
    title: 'Phóng sự ảnh: Đảng viên trẻ ra quân giúp dân xây nhà nhân ái',
    sapo: 'Hơn 200 đảng viên trẻ thuộc các chi bộ cơ quan tỉnh tham gia ngày công lao động xây dựng nhà nhân ái tại xã vùng cao.',
    kind: 'photo',
    category: 'thu-vien-anh',
    tags: ['Thanh niên', 'An sinh xã hội'],
    authors: ['Hoàng Việt'],
    daysAgo: 6,
    cover: 4,
    body: [
      {
        photo: 4,
        caption: 'Đoàn viên, đảng viên trẻ vận chuyển vật liệu lên công trình.',
        credit: 'Hoàng Việt',
      },
      {
        photo: 5,
        caption: 'Những bức tường đầu tiên được dựng lên sau nửa ngày làm việc.',
        credit: 'Hoàng Việt',
      },
      {
        photo: 1,
        caption: 'Đại diện Đảng ủy Khối trao quà cho gia đình được hỗ trợ.',
        credit: 'Thu Hà',
      },
      'Chương trình do Đoàn Khối các cơ quan tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc xã tổ chức, huy động được 350 triệu đồng từ các cơ quan, doanh nghiệp.',
    ],
  },
  {
    title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cơ sở',
    sapo: 'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở thành nền nếp trong sinh hoạt của nhiều chi bộ cơ quan.',
    kind: 'feature',
    category: 'xay-dung-dang',
    tags: ['Học tập và làm theo Bác'],
    authors: ['Phạm Thanh Tâm'],
    source: 'Báo Tỉnh',
    daysAgo: 9,
    cover: 5,
    body: [
      'Tại Chi bộ Sở Tài nguyên, mỗi đảng viên đăng ký một việc làm cụ thể để làm theo Bác, được chi bộ kiểm điểm hằng quý. Nhờ đó, tinh thần phục vụ nhân dân của cán bộ được nâng lên rõ rệt.',
      { photo: 3, caption: 'Chi bộ cơ quan sinh hoạt chuyên đề học tập và làm theo Bác.' },
      'Ở nhiều cơ quan khác, các mô hình "Mỗi tuần một việc tốt", "Nói không với phong bì" được duy trì, lan tỏa. Thủ tục hành chính được giải quyết đúng và sớm hẹn, tỷ lệ hài lòng của người dân tăng.',
    ],
  },
  {
    title: 'Ban Tổ chức Tỉnh ủy hướng dẫn công tác chuẩn bị đại hội chi bộ',
    sapo: 'Ban Tổ chức Tỉnh ủy vừa ban hành hướng dẫn về nội dung, quy trình chuẩn bị và tổ chức đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ mới.',
    kind: 'news',
    category: 'xay-dung-dang',
    tags: ['Đại hội Đảng'],
    authors: ['Minh Khuê'],
    daysAgo: 12,
    cover: 2,
    body: [
      'Theo hướng dẫn, đại hội chi bộ tập trung đánh giá đúng thực chất kết quả thực hiện nghị quyết nhiệm kỳ qua, xác định mục tiêu, nhiệm vụ và giải pháp đột phá cho nhiệm kỳ tới.',
      'Công tác nhân sự cấp ủy được chuẩn bị chặt chẽ, bảo đảm tiêu chuẩn, cơ cấu hợp lý; khuyến khích bầu trực tiếp bí thư chi bộ tại đại hội.',
    ],
  },
  {
    title: 'Bàn giải pháp tổ chức tốt các hoạt động kỷ niệm ngày thành lập Đảng bộ Khối',
    sapo: 'Ban Thường vụ Đảng ủy Khối họp bàn giải pháp tổ chức các hoạt động kỷ niệm, bảo đảm trang trọng, thiết thực, tiết kiệm.',
    kind: 'news',
    category: 'hoat-dong-dang-uy-khoi',
    tags: ['Kỷ niệm'],
    authors: ['Quốc Bảo'],
    daysAgo: 15,
    cover: 0,
    body: [
      'Các hoạt động chính gồm hội thi bí thư chi bộ giỏi, tọa đàm về lịch sử Đảng bộ Khối, triển lãm ảnh tư liệu và biểu dương đảng viên tiêu biểu.',
      'Ban Thường vụ giao Văn phòng Đảng ủy Khối chủ trì xây dựng kế hoạch chi tiết, phân công nhiệm vụ cụ thể cho các ban, đoàn thể.',
    ],
  },
]
