/**
 * Payload's admin writes a few toasts as fixed English sentences instead of through its
 * translations (`t('…')`), so no `i18n.translations` entry can reach them: after a bulk upload
 * a Vietnamese newsroom read "Successfully saved 19 files" beside our Vietnamese per-photo
 * messages (FormsManager in @payloadcms/ui 3.90). This table gives their Vietnamese, keyed on
 * Payload's exact English; `translateToast` is pure and unit-tested, ./VietnameseToasts.tsx
 * applies it to the admin's toasts. Should Payload reword one of them, that toast shows its
 * English again and the bulk-upload browser test (which asserts the Vietnamese) fails.
 */
const TOASTS: ReadonlyArray<readonly [RegExp, (count: string) => string]> = [
  // Bulk upload (elements/BulkUpload/FormsManager): the summary after saving.
  [/^Successfully saved (\d+) files?$/, (n) => `Đã lưu ${n} tệp.`],
  [
    /^Failed to save (\d+) files?$/,
    (n) => `Không lưu được ${n} tệp: xem lỗi ở từng tệp còn lại trong danh sách.`,
  ],
  // Upload from a URL (elements/Upload).
  [/^Failed to fetch the file\.$/, () => 'Không tải được tệp từ địa chỉ này.'],
  [/^The provided URL is not allowed\.$/, () => 'Địa chỉ này không được phép tải tệp về.'],
]

/** The Vietnamese of one of Payload's fixed English toasts; anything else unchanged. */
export function translateToast<T>(message: T): T | string {
  if (typeof message !== 'string') return message
  for (const [pattern, vietnamese] of TOASTS) {
    const match = pattern.exec(message)
    if (match) return vietnamese(match[1] ?? '')
  }
  return message
}
