import type { SearchDocument } from '../../src/search/types'

const doc = (d: Omit<SearchDocument, 'url' | 'tags'> & { tags?: string[] }): SearchDocument => ({
  tags: [],
  ...d,
  url: `/bai-viet/${d.slug}`,
})

/** Extra invented articles for the relevance table, beside the contract-suite fixtures. */
export const RELEVANCE_EXTRA: SearchDocument[] = [
  doc({
    id: 'r1', slug: 'ket-luan-hoi-nghi-bch-lan-thu-19', kind: 'document', categories: ['van-ban'],
    title: 'Kết luận Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 19',
    sapo: 'Hội nghị thống nhất các giải pháp trọng tâm quý III.', body: 'T/M BAN CHẤP HÀNH, BÍ THƯ. Nơi nhận: các chi bộ trực thuộc.',
    captions: [], credits: [], authors: [], publishedAt: '2024-07-10T08:00:00+07:00',
    docNumber: '87-KL/ĐUK', issuingBody: 'Đảng ủy Khối các cơ quan tỉnh', signer: 'Hoàng Văn Thắng',
  }),
  doc({
    id: 'r2', slug: 'hdnd-tinh-khai-mac-ky-hop', kind: 'news', categories: ['chinh-quyen'],
    title: 'HĐND tỉnh khai mạc kỳ họp thường lệ giữa năm',
    sapo: 'Kỳ họp xem xét 25 tờ trình và dự thảo nghị quyết.', body: 'Đại biểu chất vấn về tiến độ các công trình trọng điểm.',
    captions: [], credits: [], authors: ['Hải Đăng'], publishedAt: '2024-07-08T08:00:00+07:00',
  }),
  doc({
    id: 'r3', slug: 'mttq-van-dong-ung-ho-dong-bao-vung-lu', kind: 'news', categories: ['xa-hoi'],
    title: 'Mặt trận Tổ quốc vận động ủng hộ đồng bào vùng lũ',
    sapo: 'Trong một tuần đã tiếp nhận hơn 3 tỷ đồng.', body: 'Các cơ quan, doanh nghiệp và người dân hưởng ứng nhiệt tình.',
    captions: ['Trao tiền ủng hộ tại trụ sở. Ảnh: Đức Trung'], credits: ['Đức Trung'], authors: ['Hải Đăng'], publishedAt: '2024-09-15T08:00:00+07:00',
  }),
  doc({
    id: 'r4', slug: 'sap-nhap-don-vi-hanh-chinh-cap-xa', kind: 'news', categories: ['chinh-quyen'],
    title: 'Hoàn thành sáp nhập đơn vị hành chính cấp xã',
    sapo: 'Tỉnh giảm 45 đơn vị hành chính cấp xã sau sắp xếp.', body: 'Bộ máy mới đi vào hoạt động ổn định, phục vụ người dân tốt hơn.',
    captions: [], credits: [], authors: ['Minh Anh'], publishedAt: '2025-07-01T08:00:00+07:00',
  }),
  doc({
    id: 'r5', slug: 'thi-bi-thu-chi-bo-gioi', kind: 'news', categories: ['xay-dung-dang'],
    title: 'Hội thi Bí thư chi bộ giỏi năm 2024',
    sapo: '30 thí sinh tranh tài ở ba phần thi.', body: 'Ban Thường vụ Đảng ủy Khối trao giải nhất cho Chi bộ Sở Tư pháp.',
    captions: [], credits: [], authors: ['Quốc Bảo'], publishedAt: '2024-10-20T08:00:00+07:00',
  }),
  doc({
    id: 'r6', slug: 'ubkt-kiem-tra-dau-hieu-vi-pham', kind: 'news', categories: ['xay-dung-dang'],
    title: 'Ủy ban Kiểm tra Đảng ủy Khối kiểm tra khi có dấu hiệu vi phạm',
    sapo: 'Kết luận đối với hai tổ chức đảng.', body: 'Yêu cầu khắc phục hạn chế trong quản lý tài chính.',
    captions: [], credits: [], authors: ['Thu Hà'], publishedAt: '2024-11-05T08:00:00+07:00',
  }),
]
