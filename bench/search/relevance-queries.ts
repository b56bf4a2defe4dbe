/** Query → expected article id and the rank it must reach (1 = first). */
export interface RelevanceCase {
  q: string
  expect: string
  rank: number
}

export const RELEVANCE_QUERIES: RelevanceCase[] = [
  { q: 'Ban Tổ chức', expect: 'a1', rank: 1 },
  { q: 'ban to chuc tinh uy', expect: 'a1', rank: 1 },
  { q: 'bàn giải pháp tổ chức', expect: 'a2', rank: 1 },
  { q: 'Đảng ủy Khối sơ kết quý I', expect: 'a3', rank: 1 },
  { q: 'dang uy khoi so ket', expect: 'a3', rank: 1 },
  { q: 'Đảng uỷ Khối', expect: 'a3', rank: 2 },
  { q: '12-NQ/ĐUK', expect: 'a4', rank: 1 },
  { q: 'nghị quyết 12', expect: 'a4', rank: 1 },
  { q: 'nghi quyet 12 nq duk', expect: 'a4', rank: 1 },
  { q: 'Lương Thế Khiêm', expect: 'a4', rank: 1 },
  { q: 'chuyển đổi số người dân', expect: 'a5', rank: 1 },
  { q: 'chuyeenr ddooir soos', expect: 'a5', rank: 2 },
  { q: 'Đinh Công Lộc', expect: 'a5', rank: 1 },
  { q: 'Thanh Lê', expect: 'a6', rank: 1 },
  { q: 'dâng hoa tượng đài', expect: 'a6', rank: 1 },
  { q: 'ngay thanh lap dang', expect: 'a6', rank: 1 },
  { q: 'Ủy ban nhân dân cải cách hành chính', expect: 'a7', rank: 1 },
  { q: 'UBND', expect: 'a7', rank: 2 },
  { q: 'UBND phiên họp thường kỳ', expect: 'a8', rank: 1 },
  // p9 (the whole phrase in its title), a7 (UBND tỉnh in its title) and p10 are as good answers.
  { q: 'uy ban nhan dan tinh', expect: 'a8', rank: 4 },
  { q: 'văn hóa công sở', expect: 'a9', rank: 1 },
  { q: 'van hoa cong so', expect: 'a9', rank: 1 },
  { q: 'văn hoá dân tộc', expect: 'a10', rank: 1 },
  { q: 'trường học', expect: 'a11', rank: 1 },
  { q: 'truong hoc bien gioi', expect: 'a11', rank: 1 },
  { q: 'giao ban báo chí', expect: 'a12', rank: 1 },
  { q: '"an ninh mạng"', expect: 'a13', rank: 1 },
  { q: 'an ninh mạng', expect: 'a13', rank: 1 },
  { q: 'trật tự giao thông', expect: 'a14', rank: 1 },
  { q: '87-KL/ĐUK', expect: 'r1', rank: 1 },
  { q: 'kết luận lần thứ 19', expect: 'r1', rank: 1 },
  { q: 'Hoàng Văn Thắng', expect: 'r1', rank: 1 },
  { q: 'BCH Đảng bộ Khối', expect: 'r1', rank: 1 },
  { q: 'Hội đồng nhân dân kỳ họp', expect: 'r2', rank: 1 },
  { q: 'HĐND', expect: 'r2', rank: 1 },
  { q: 'MTTQ ủng hộ', expect: 'r3', rank: 1 },
  { q: 'Đức Trung', expect: 'r3', rank: 1 },
  { q: 'sát nhập xã', expect: 'r4', rank: 1 },
  { q: 'sap nhap don vi hanh chinh', expect: 'r4', rank: 1 },
  { q: 'bí thư chi bộ giỏi', expect: 'r5', rank: 1 },
  { q: 'BTV Đảng ủy Khối trao giải', expect: 'r5', rank: 1 },
  { q: 'UBKT kiểm tra', expect: 'r6', rank: 1 },
  { q: 'uy ban kiem tra dau hieu vi pham', expect: 'r6', rank: 1 },
  { q: 'bi thu chi bo gioi', expect: 'r5', rank: 1 },
  // People: a photo credit, a byline, a signer, an interview speaker, with and without diacritics.
  { q: 'Hồng Nhung', expect: 'p1', rank: 1 },
  { q: 'hong nhung', expect: 'p1', rank: 1 },
  { q: 'Trần Minh Khoa', expect: 'p3', rank: 1 },
  { q: 'tran minh khoa', expect: 'p3', rank: 1 },
  { q: 'Nguyễn Thị Hạnh', expect: 'p5', rank: 1 },
  { q: 'nguyen thi hanh', expect: 'p5', rank: 1 },
  { q: 'Phạm Quốc Hùng', expect: 'p7', rank: 1 },
  { q: 'pham quoc hung', expect: 'p7', rank: 1 },
  // Issuing bodies and document numbers as names.
  { q: 'Ban Thường vụ Đảng ủy Khối', expect: 'p5', rank: 1 },
  { q: '45-QĐ/ĐUK', expect: 'p5', rank: 1 },
  // An abbreviation with a place.
  { q: 'UBND Quảng Trị', expect: 'p9', rank: 1 },
  { q: 'ubnd quang tri', expect: 'p9', rank: 1 },
  { q: 'UBND tỉnh Quảng Trị', expect: 'p9', rank: 1 },
  // Phrases of common words whose answer is an older article.
  { q: 'Ban Tổ chức Tỉnh ủy', expect: 'a1', rank: 1 },
  { q: 'ban to chuc', expect: 'a1', rank: 1 },
  { q: 'chi bộ', expect: 'p11', rank: 1 },
  { q: 'sinh hoạt chi bộ', expect: 'p11', rank: 1 },
  { q: 'chuyển đổi số trong cơ quan Đảng', expect: 'p12', rank: 1 },
  // Recency breaks a tie: this term's congress first.
  { q: 'đại hội chi bộ Sở Tài chính', expect: 'p15', rank: 1 },
  // Questions typed as sentences.
  { q: 'thủ tục kết nạp đảng viên là sinh viên như thế nào', expect: 'p16', rank: 1 },
  { q: 'quy trinh ket nap dang vien sinh vien', expect: 'p16', rank: 1 },
  { q: 'hồ sơ xin vào Đảng gồm những gì', expect: 'p16', rank: 1 },
  { q: 'ai ký nghị quyết 12-NQ/ĐUK', expect: 'a4', rank: 1 },
  { q: 'lễ kỷ niệm ngày thành lập Đảng diễn ra ở đâu', expect: 'a6', rank: 1 },
]
