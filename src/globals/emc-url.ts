/**
 * The national monitoring (EMC) tracking script: an https URL an admin enters in the site
 * settings, off when empty. Validated here so no other scheme (http:, javascript:, data:) and no
 * credentials or odd characters can reach the page or the CSP header.
 */
export function emcUrlError(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value !== 'string' || value.length > 500) return 'Địa chỉ không hợp lệ.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Địa chỉ không hợp lệ: cần một URL đầy đủ, ví dụ https://emc.gov.vn/tracking.js.'
  }
  if (url.protocol !== 'https:') return 'Chỉ chấp nhận địa chỉ https://.'
  if (url.username || url.password) return 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu.'
  if (/[\s"'<>;,]/.test(value)) return 'Địa chỉ chứa ký tự không hợp lệ.'
  return null
}

/** The origin to allow in `script-src`, or null when the URL is unset or invalid. */
export function emcOrigin(value: unknown): string | null {
  if (typeof value !== 'string' || !value || emcUrlError(value)) return null
  return new URL(value).origin
}
