import type { Role } from '@/access/roles'

/**
 * The demo portal's accounts. Their passwords are random, made by the seed that creates them and
 * kept only on the console of that start and in the demo-accounts file (./demo-accounts-file).
 * The README lists these e-mails, never passwords. Change or delete them before going live.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'quantri@demo.vn', name: 'Quản trị demo', role: 'admin' },
  { email: 'duyetbai@demo.vn', name: 'Lãnh đạo duyệt bài demo', role: 'approver' },
  { email: 'bientap@demo.vn', name: 'Biên tập viên demo', role: 'editor' },
  { email: 'phongvien@demo.vn', name: 'Phóng viên demo', role: 'reporter' },
]
