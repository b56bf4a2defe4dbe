/** A ranked table of pages and their views for the readership view; links open the public page. */
interface Row {
  path: string
  title: string
  views: number
}

export function TopTable({ id, caption, rows }: { id: string; caption: string; rows: Row[] }) {
  return (
    <table
      id={id}
      style={{ width: '100%', maxWidth: 900, margin: '24px 0', borderCollapse: 'collapse' }}
    >
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left' }}>
            #
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            Trang
          </th>
          <th scope="col" style={{ textAlign: 'right' }}>
            Lượt xem
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3}>Chưa có lượt xem nào trong khoảng thời gian này.</td>
          </tr>
        ) : (
          rows.map((row, i) => (
            <tr key={row.path} data-path={row.path}>
              <td>{i + 1}</td>
              <td>
                <a href={row.path} target="_blank" rel="noopener">
                  {row.title}
                </a>
              </td>
              <td style={{ textAlign: 'right' }} data-views={row.views}>
                {row.views.toLocaleString('vi-VN')}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}
