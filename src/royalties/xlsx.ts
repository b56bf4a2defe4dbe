/**
 * The report as an XLSX workbook (exceljs): one sheet per table, a bold title and header,
 * amounts stored as numbers with a thousands format (`#,##0`), points with up to two decimals,
 * and a bold totals row. Text is written as Unicode strings, so Vietnamese survives Excel and
 * LibreOffice alike.
 */
import ExcelJS from 'exceljs'

import type { RoyaltyReport } from './compute'
import { type ColumnKind, reportTables } from './tables'

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '0',
  points: '#,##0.##',
  money: '#,##0',
}

const SHEET_NAMES = { people: 'Theo người', units: 'Theo đơn vị', lines: 'Chi tiết' } as const

export async function royaltyXlsx(report: RoyaltyReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Cổng thông tin — nhuận bút'
  workbook.created = new Date()
  for (const table of reportTables(report)) {
    const sheet = workbook.addWorksheet(SHEET_NAMES[table.key])
    sheet.addRow([table.title]).font = { bold: true, size: 13 }
    const header = sheet.addRow(table.columns.map((c) => c.label))
    header.font = { bold: true }
    for (const row of table.rows) sheet.addRow(row)
    const total = sheet.addRow(table.total)
    total.font = { bold: true }
    table.columns.forEach((column, i) => {
      const sheetColumn = sheet.getColumn(i + 1)
      const format = FORMATS[column.kind]
      if (format) sheetColumn.numFmt = format
      const widest = Math.max(
        column.label.length,
        ...table.rows.map((r) => String(r[i] ?? '').length),
      )
      sheetColumn.width = Math.min(60, Math.max(8, widest + 2))
    })
    sheet.views = [{ state: 'frozen', ySplit: 2 }]
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
