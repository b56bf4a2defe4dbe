/** One table of the royalty report (per person, per unit or every line) in the admin view. */
import type { Cell, ReportTable as Table } from '@/royalties/tables'

const shown = (cell: Cell, numeric: boolean): string =>
  typeof cell === 'number' && numeric ? cell.toLocaleString('vi-VN') : String(cell)

export function ReportTable({ table }: { table: Table }) {
  const numeric = table.columns.map((c) => c.kind !== 'text')
  const align = (i: number) => (numeric[i] ? 'right' : 'left') as 'right' | 'left'
  return (
    <table
      id={`royalties-${table.key}`}
      style={{ width: '100%', margin: '24px 0', borderCollapse: 'collapse' }}
    >
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>
        {table.title}
      </caption>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={c.label} scope="col" style={{ textAlign: align(i), padding: '4px 8px' }}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.length === 0 ? (
          <tr>
            <td colSpan={table.columns.length}>
              Không có dòng nhuận bút nào của bài đăng trong tháng.
            </td>
          </tr>
        ) : (
          table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i} style={{ textAlign: align(i), padding: '4px 8px' }}>
                  {shown(cell, numeric[i] ?? false)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
      <tfoot>
        <tr data-royalty-total>
          {table.total.map((cell, i) => (
            <th
              key={i}
              scope={i === 1 ? 'row' : undefined}
              style={{ textAlign: align(i), padding: '4px 8px' }}
            >
              {shown(cell, numeric[i] ?? false)}
            </th>
          ))}
        </tr>
      </tfoot>
    </table>
  )
}
