/**
 * The Vietnamese interface strings of the components shared with the English pages (page view,
 * organisation blocks, breadcrumbs, header and footer). The English ones are in ./en.ts.
 */
export const vi = {
  skipToContent: 'Bỏ qua đến nội dung chính',
  breadcrumbs: 'Đường dẫn',
  home: 'Trang chủ',
  mainMenu: 'Menu chính',
  inThisSection: 'Trong mục này',
  term: 'Nhiệm kỳ',
  orgChart: 'Sơ đồ tổ chức',
  phoneShort: 'ĐT:',
  email: 'Email',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  fax: 'Fax',
  hours: 'Giờ làm việc',
  responsible: 'Chịu trách nhiệm nội dung',
  /** The language switch's text, in the language it leads to. */
  switchTo: 'English',
  switchToLang: 'en',
  notTranslatedTitle: 'Trang này chỉ có bằng tiếng Việt',
  notTranslatedText: 'Trang này chưa có bản tiếng Anh.',
  readInVietnamese: 'Đọc trang bằng tiếng Việt',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi nơi khác.',
  backHome: 'Về trang chủ',
  serverErrorTitle: 'Đã có lỗi xảy ra',
  serverErrorText:
    'Hệ thống đang gặp sự cố khi hiển thị trang này. Xin vui lòng thử lại sau ít phút.',
  whoWeAre: 'Giới thiệu',
  sections: 'Giới thiệu Đảng ủy Khối',
  contact: 'Liên hệ',
}

export type UiStrings = { [K in keyof typeof vi]: string }
