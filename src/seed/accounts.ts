/** Demo accounts, documented in the README. Change or delete them before going live. */
export const DEMO_ACCOUNTS = [
  { email: 'quantri@demo.vn', password: 'QuanTri@2024', name: 'Quản trị demo', roles: ['admin'] },
  {
    email: 'bientap@demo.vn',
    password: 'BienTap@2024',
    name: 'Biên tập viên demo',
    roles: ['editor'],
  },
  {
    email: 'phongvien@demo.vn',
    password: 'PhongVien@2024',
    name: 'Phóng viên demo',
    roles: ['reporter'],
  },
] as const
