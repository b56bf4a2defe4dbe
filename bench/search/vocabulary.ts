/**
 * Word material for synthetic articles, written for this benchmark in the register of Party and
 * state news. Phrases are sampled with a Zipf-like skew so common words are common, as in real
 * text, which is what makes full-text posting lists long and queries realistic.
 */
export const PHRASES = `
Đảng ủy Khối|các cơ quan tỉnh|Ban Chấp hành|Ban Thường vụ|Bí thư|Phó Bí thư|đảng viên|chi bộ|tổ chức cơ sở đảng|
hội nghị|sơ kết|tổng kết|triển khai|nhiệm vụ|trọng tâm|6 tháng đầu năm|6 tháng cuối năm|kết quả|nổi bật|
công tác xây dựng Đảng|kiểm tra|giám sát|Ủy ban Kiểm tra|kỷ luật|kỷ cương|chính trị|tư tưởng|đạo đức|lối sống|
học tập và làm theo|tư tưởng Hồ Chí Minh|nghị quyết|chỉ thị|kết luận|kế hoạch|quy định|hướng dẫn|văn bản|
Tỉnh ủy|Ủy ban nhân dân|Hội đồng nhân dân|Mặt trận Tổ quốc|Đoàn Thanh niên|Công đoàn|Hội Liên hiệp Phụ nữ|
cải cách hành chính|thủ tục hành chính|chuyển đổi số|chính quyền điện tử|dịch vụ công trực tuyến|
phát triển kinh tế|xã hội|an sinh xã hội|giảm nghèo|nông thôn mới|đô thị văn minh|du lịch|văn hóa|giáo dục|y tế|
sắp xếp tổ chức bộ máy|tinh gọn|hiệu lực|hiệu quả|đại hội|nhiệm kỳ|nhân sự|cán bộ|công chức|viên chức|
phát triển đảng viên|kết nạp|quần chúng ưu tú|bồi dưỡng|lý luận chính trị|sinh hoạt chuyên đề|nêu gương|
đồng chí|phát biểu|chỉ đạo|chủ trì|đề nghị|nhấn mạnh|khẳng định|đánh giá|thảo luận|thống nhất|biểu dương|
khen thưởng|giấy khen|bằng khen|tập thể|cá nhân|thành tích|xuất sắc|tiêu biểu|phong trào thi đua|
dân vận khéo|quy chế dân chủ|cơ sở|đối thoại|người dân|doanh nghiệp|đầu tư|hạ tầng|giao thông|môi trường|
phòng, chống tham nhũng|lãng phí|tiêu cực|thực hành tiết kiệm|minh bạch|trách nhiệm|người đứng đầu|
quán triệt|tuyên truyền|báo cáo|đề án|chương trình hành động|mục tiêu|chỉ tiêu|giải pháp|đột phá|
thành phố|huyện|xã|phường|thôn|bản|miền núi|vùng cao|biên giới|đồng bào dân tộc thiểu số|
năm 2024|năm 2025|giai đoạn 2025 - 2030|tầm nhìn đến năm 2045|kỷ niệm|ngày thành lập|truyền thống|
tặng quà|hỗ trợ|nhà đại đoàn kết|học sinh nghèo|gia đình chính sách|người có công|thương binh|liệt sĩ|
bảo đảm|nâng cao|chất lượng|đổi mới|phương thức lãnh đạo|năng lực|sức chiến đấu|vững mạnh|trong sạch|
`
  .split('|')
  .map((p) => p.trim())
  .filter(Boolean)

export const CONNECTORS = [
  'và',
  'của',
  'trong',
  'với',
  'cho',
  'về',
  'để',
  'tại',
  'các',
  'những',
  'đã',
  'sẽ',
  'đang',
  'được',
  'theo',
  'nhằm',
  'gắn với',
  'trên cơ sở',
]

export const NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Hoàng Cường',
  'Phạm Thu Dung',
  'Hoàng Minh Đức',
  'Vũ Thị Giang',
  'Đặng Quốc Hùng',
  'Bùi Thanh Lan',
  'Đỗ Văn Long',
  'Ngô Thị Mai',
  'Dương Đình Nam',
  'Lý Thị Oanh',
]

export const DOC_CODES = [
  'NQ/ĐUK',
  'KL/ĐUK',
  'KH/ĐUK',
  'CT/TU',
  'QĐ/TU',
  'NQ/TW',
  'HD/BTG',
  'TB/VPTU',
]
