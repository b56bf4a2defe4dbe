/**
 * Word lists for the distractor generator, written for this benchmark in the register of a
 * provincial Party committee portal (none of it is copied from the real corpus). What matters
 * for search is that the common words are the ones real readers type: the committees, the
 * Party vocabulary, the usual family, middle and given names, so that a query for a person or a
 * body meets thousands of articles holding the same words in other combinations.
 */

/** The most common family names, most frequent first (Nguyễn alone is about a third). */
export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Lương',
  'Mai',
  'Trịnh',
  'Đoàn',
  'Lâm',
  'Hà',
  'Tạ',
  'Cao',
  'Chu',
  'Nông',
  'Hoàng',
  'Vi',
  'Lò',
] as const

export const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Đức',
  'Minh',
  'Thanh',
  'Quốc',
  'Hữu',
  'Ngọc',
  'Công',
  'Thế',
  'Xuân',
  'Hoàng',
  'Thu',
  'Hồng',
  'Anh',
  'Kim',
  'Đình',
  'Bá',
  'Trọng',
  'Mạnh',
] as const

export const GIVEN_NAMES = [
  'An',
  'Anh',
  'Bình',
  'Bảo',
  'Chi',
  'Cường',
  'Dũng',
  'Dung',
  'Duy',
  'Đăng',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiền',
  'Hiếu',
  'Hoa',
  'Hòa',
  'Hùng',
  'Hương',
  'Huy',
  'Khánh',
  'Khiêm',
  'Lan',
  'Linh',
  'Lộc',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Nga',
  'Ngọc',
  'Nhung',
  'Phong',
  'Phương',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thành',
  'Thủy',
  'Trang',
  'Trung',
  'Tuấn',
  'Tùng',
  'Vinh',
  'Yến',
  'Lê',
] as const

export const PROVINCES = [
  'Lạng Sơn',
  'Cao Bằng',
  'Thái Nguyên',
  'Bắc Giang',
  'Quảng Ninh',
  'Tuyên Quang',
  'Lào Cai',
  'Yên Bái',
  'Điện Biên',
  'Sơn La',
  'Hòa Bình',
  'Phú Thọ',
  'Nghệ An',
  'Thanh Hóa',
  'Hà Tĩnh',
  'Quảng Trị',
  'Quảng Bình',
  'Ninh Bình',
  'Hưng Yên',
  'Gia Lai',
] as const

/** Districts, communes and villages (invented, in the usual patterns of northern upland names). */
export const LOCALITIES = [
  'xã Tân Thành',
  'xã Hòa Bình',
  'xã Quang Trung',
  'xã Đồng Tâm',
  'xã Kim Đồng',
  'xã Hữu Lũng',
  'xã Na Sầm',
  'xã Bình Gia',
  'phường Chi Lăng',
  'phường Đông Kinh',
  'phường Hoàng Văn Thụ',
  'thôn Nà Pàn',
  'thôn Khuổi Mạ',
  'bản Pác Làng',
  'thị trấn Đồng Mỏ',
  'huyện Văn Quan',
  'huyện Tràng Định',
  'huyện Lộc Bình',
  'huyện Đình Lập',
  'thành phố',
] as const

/** Departments and units that hold Party cells (chi bộ) and appear as organisers. */
export const UNITS = [
  'Sở Tư pháp',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Khoa học và Công nghệ',
  'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
  'Thanh tra tỉnh',
  'Kho bạc Nhà nước tỉnh',
  'Bảo hiểm xã hội tỉnh',
  'Cục Thuế tỉnh',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Báo tỉnh',
  'Trường Chính trị tỉnh',
  'Ban Quản lý Khu kinh tế',
] as const

/** Party and state bodies; `{p}` is a province. */
export const BODIES = [
  'Đảng ủy Khối các cơ quan tỉnh',
  'Đảng ủy Khối',
  'Ban Chấp hành Đảng bộ Khối',
  'Ban Thường vụ Đảng ủy Khối',
  'Ủy ban Kiểm tra Đảng ủy Khối',
  'Văn phòng Đảng ủy Khối',
  'Ban Thường vụ Tỉnh ủy',
  'Tỉnh ủy {p}',
  'Ban Tổ chức Tỉnh ủy',
  'Ban Tuyên giáo Tỉnh ủy',
  'Ban Dân vận Tỉnh ủy',
  'Ban Nội chính Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy',
  'Ủy ban nhân dân tỉnh {p}',
  'Ủy ban nhân dân tỉnh',
  'UBND tỉnh',
  'Hội đồng nhân dân tỉnh',
  'HĐND tỉnh {p}',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'Tỉnh đoàn',
  'Công đoàn Viên chức tỉnh',
  'Hội Cựu chiến binh tỉnh',
  'Hội Liên hiệp Phụ nữ tỉnh',
] as const

export const POSITIONS = [
  'Bí thư Đảng ủy Khối',
  'Phó Bí thư Thường trực Đảng ủy Khối',
  'Phó Bí thư Đảng ủy Khối',
  'Ủy viên Ban Thường vụ Tỉnh ủy',
  'Trưởng Ban Tổ chức Tỉnh ủy',
  'Phó Trưởng Ban Tuyên giáo Tỉnh ủy',
  'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối',
  'Chánh Văn phòng Đảng ủy Khối',
  'Phó Chủ tịch Ủy ban nhân dân tỉnh',
  'Chủ tịch Hội đồng nhân dân tỉnh',
  'Bí thư Chi bộ',
  'Giám đốc Sở',
  'Trưởng phòng',
  'Bí thư Đảng ủy cơ sở',
] as const

/**
 * What a meeting is about: the Party vocabulary readers search for. Left out on purpose: the
 * subjects of fixtures whose query expects them first ("an ninh mạng", "trật tự giao thông",
 * "ủng hộ đồng bào vùng lũ"): an article about the same subject is an equally right answer, and
 * the relevance set measures ranking, not which of two right answers comes first. Their words
 * still occur everywhere (an ninh, mạng lưới, giao thông, trật tự…).
 */
export const TOPICS = [
  'công tác xây dựng Đảng',
  'công tác kiểm tra, giám sát',
  'công tác tổ chức cán bộ',
  'công tác dân vận',
  'công tác tuyên giáo',
  'cải cách hành chính',
  'chuyển đổi số',
  'chính quyền số',
  'dịch vụ công trực tuyến',
  'phát triển đảng viên',
  'kết nạp đảng viên',
  'sinh hoạt chi bộ theo chuyên đề',
  'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'phòng, chống tham nhũng, lãng phí, tiêu cực',
  'thực hành tiết kiệm, chống lãng phí',
  'sắp xếp tổ chức bộ máy',
  'tinh gọn bộ máy',
  'xây dựng nông thôn mới',
  'giảm nghèo bền vững',
  'an sinh xã hội',
  'phát triển kinh tế - xã hội',
  'bảo vệ nền tảng tư tưởng của Đảng',
  'thi đua khen thưởng',
  'văn hóa công sở',
  'quy chế dân chủ ở cơ sở',
  'đại hội chi bộ',
  'đại hội đảng bộ cơ sở',
  'quy hoạch cán bộ',
  'đánh giá, xếp loại chất lượng',
  'bồi dưỡng lý luận chính trị',
  'thu, nộp đảng phí',
  'bảo vệ chính trị nội bộ',
  'phòng, chống thiên tai',
  'giữ vững an ninh chính trị, trật tự xã hội',
  'phát triển mạng lưới giao thông nông thôn',
] as const

export const EVENTS = [
  'hội nghị sơ kết',
  'hội nghị tổng kết',
  'hội nghị quán triệt',
  'hội nghị triển khai',
  'hội nghị giao ban',
  'lớp bồi dưỡng',
  'lớp tập huấn',
  'hội thảo',
  'tọa đàm',
  'buổi làm việc',
  'đại hội',
  'hội thi',
  'lễ trao',
  'lễ kỷ niệm',
  'chương trình',
  'đoàn công tác',
] as const

export const PERIODS = [
  '6 tháng đầu năm',
  '6 tháng cuối năm',
  'quý I',
  'quý II',
  'quý III',
  'quý IV',
  'nhiệm kỳ',
  'giai đoạn',
  'năm',
] as const

export const VERBS = [
  'triển khai',
  'quán triệt',
  'thực hiện',
  'lãnh đạo, chỉ đạo',
  'tổ chức',
  'đẩy mạnh',
  'tăng cường',
  'nâng cao chất lượng',
  'đổi mới',
  'kiện toàn',
] as const

export const RESULTS = [
  'đạt nhiều kết quả tích cực',
  'có nhiều chuyển biến rõ nét',
  'bảo đảm đúng tiến độ đề ra',
  'hoàn thành vượt chỉ tiêu',
  'tạo sự đồng thuận trong cán bộ, đảng viên',
  'góp phần giữ vững ổn định chính trị',
] as const

export const STRESSES = [
  'đề nghị',
  'nhấn mạnh',
  'yêu cầu',
  'lưu ý',
  'khẳng định',
  'đề nghị các cấp ủy',
] as const

export const GOALS = [
  'trong thời gian tới',
  'nhằm xây dựng tổ chức đảng trong sạch, vững mạnh',
  'gắn với trách nhiệm người đứng đầu',
  'bảo đảm thực chất, hiệu quả',
  'phục vụ người dân và doanh nghiệp tốt hơn',
  'sát với thực tiễn cơ quan, đơn vị',
] as const

export const AWARDS = ['Bằng khen', 'Giấy khen', 'Kỷ niệm chương', 'Huy hiệu Đảng', 'giải thưởng']

/** Photo captions before their credit. */
export const CAPTION_SCENES = [
  'Quang cảnh hội nghị',
  'Các đại biểu dự hội nghị',
  'Đồng chí {n} phát biểu chỉ đạo',
  'Đồng chí {n} trao {a} cho các tập thể',
  'Đại biểu tham luận tại hội nghị',
  'Các đại biểu biểu quyết thông qua nghị quyết',
  'Lãnh đạo tỉnh tặng hoa chúc mừng',
  'Trao quà cho các hộ gia đình chính sách',
  'Đoàn công tác thăm mô hình sản xuất tại {l}',
  'Các đại biểu dâng hương tại khu di tích',
  'Cán bộ hướng dẫn người dân làm thủ tục trực tuyến',
  'Tiết mục văn nghệ chào mừng',
] as const

/** Document kinds with their code (the part after the number). */
export const DOCUMENT_KINDS: ReadonlyArray<{ name: string; code: string }> = [
  { name: 'Nghị quyết', code: 'NQ/ĐUK' },
  { name: 'Kết luận', code: 'KL/ĐUK' },
  { name: 'Kế hoạch', code: 'KH/ĐUK' },
  { name: 'Chỉ thị', code: 'CT/TU' },
  { name: 'Quyết định', code: 'QĐ/TU' },
  { name: 'Hướng dẫn', code: 'HD/BTCTU' },
  { name: 'Thông báo', code: 'TB/VPTU' },
  { name: 'Quy định', code: 'QĐi/ĐUK' },
  { name: 'Công văn', code: 'CV/ĐUK' },
]

export const SIGNING_LINES = [
  'T/M BAN CHẤP HÀNH',
  'T/M BAN THƯỜNG VỤ',
  'T/L BAN THƯỜNG VỤ',
  'K/T BÍ THƯ, PHÓ BÍ THƯ',
] as const

/** Interview questions (P.V:) and answer openings. */
export const QUESTIONS = [
  'Xin đồng chí cho biết những kết quả nổi bật của {t} thời gian qua?',
  'Đâu là những khó khăn, vướng mắc khi triển khai {t} ở cơ sở?',
  'Thời gian tới, đơn vị sẽ tập trung vào những giải pháp nào?',
  'Đồng chí đánh giá thế nào về vai trò của người đứng đầu trong {t}?',
] as const

export const ANSWER_OPENINGS = [
  'Trước hết, phải khẳng định rằng',
  'Qua thực tiễn cho thấy',
  'Chúng tôi xác định',
  'Có thể nói',
] as const
