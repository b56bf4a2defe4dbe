/**
 * Above the audit log list: a plain GET form to the CSV export (export-endpoint.ts), so an admin
 * downloads the entries of a period, a person or a document without writing a URL by hand.
 * No client JavaScript: the browser submits the form and saves the attachment.
 */
const field = { display: 'flex', flexDirection: 'column', gap: 4, fontSize: 13 } as const

export function ExportLink() {
  return (
    <form
      action="/api/audit-log/export.csv"
      method="get"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 12,
        alignItems: 'flex-end',
        margin: '0 0 16px',
      }}
    >
      <label style={field}>
        Từ ngày
        <input type="date" name="from" />
      </label>
      <label style={field}>
        Đến ngày
        <input type="date" name="to" />
      </label>
      <label style={field}>
        Người thực hiện (email)
        <input type="text" name="actor" placeholder="ten@donvi.gov.vn" />
      </label>
      <label style={field}>
        Mã tài liệu
        <input type="text" name="doc" />
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        Tải CSV
      </button>
    </form>
  )
}
