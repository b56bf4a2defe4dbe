import { DEMO_CONTACT } from './organisation'

export const DEMO_CATEGORIES = [
  { title: 'Tin tức - Sự kiện', slug: 'tin-tuc-su-kien', order: 1 },
  { title: 'Xây dựng Đảng', slug: 'xay-dung-dang', order: 2 },
  {
    title: 'Hoạt động Đảng ủy Khối',
    slug: 'hoat-dong-dang-uy-khoi',
    order: 3,
    parent: 'tin-tuc-su-kien',
  },
  { title: 'Văn bản', slug: 'van-ban', order: 4 },
  { title: 'Thư viện ảnh', slug: 'thu-vien-anh', order: 5 },
]

export const DEMO_AUTHORS = [
  { name: 'Minh Khuê', unit: 'Văn phòng Đảng ủy Khối' },
  { name: 'Quốc Bảo', unit: 'Ban Tuyên giáo Đảng ủy Khối' },
  { name: 'Hoàng Việt', unit: 'Đoàn Khối các cơ quan tỉnh' },
  { name: 'Phạm Thanh Tâm' },
]

export const DEMO_SITE = {
  name: 'Cổng thông tin Đảng ủy Khối các cơ quan tỉnh (bản trình diễn)',
  shortName: 'Đảng ủy Khối CCQ',
  province: 'Tỉnh Demo',
  tagline: 'Thông tin chính thống của Đảng bộ Khối các cơ quan tỉnh',
  footer: 'Bản trình diễn. Nội dung và tên người trong các bài viết là hư cấu.',
  contact: DEMO_CONTACT,
  links: [
    { label: 'Báo điện tử Đảng Cộng sản Việt Nam', url: 'https://dangcongsan.vn' },
    { label: 'Cổng thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
  ],
}
