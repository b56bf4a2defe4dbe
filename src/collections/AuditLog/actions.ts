/**
 * What the audit trail records, with the Vietnamese labels admins see in the list, its filters
 * and the CSV export. One table so the select field, the export and the callers agree.
 */
export const AUDIT_ACTIONS = {
  login: 'Đăng nhập',
  'login-failed': 'Đăng nhập thất bại',
  logout: 'Đăng xuất',
  create: 'Tạo mới',
  update: 'Cập nhật',
  publish: 'Xuất bản',
  unpublish: 'Gỡ xuất bản',
  delete: 'Xóa',
  'restore-version': 'Khôi phục phiên bản',
  'role-change': 'Đổi vai trò, quyền',
  'settings-change': 'Đổi cấu hình',
  'media-delete': 'Xóa tệp media',
  'import-run': 'Nhập dữ liệu',
  'stage-transition': 'Chuyển bước duyệt',
  'retention-prune': 'Xóa nhật ký hết hạn lưu',
  'royalty-change': 'Đổi nhuận bút',
  'published-at-change': 'Đổi ngày xuất bản',
  moderation: 'Duyệt ý kiến, câu hỏi bạn đọc',
} as const

export type AuditAction = keyof typeof AUDIT_ACTIONS

export const AUDIT_ACTION_OPTIONS = Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({
  value,
  label,
}))

export const isAuditAction = (value: unknown): value is AuditAction =>
  typeof value === 'string' && Object.hasOwn(AUDIT_ACTIONS, value)
