/**
 * `cms royalties --month YYYY-MM [--json|--csv|--xlsx] [--out FILE]`: the monthly royalty report
 * (nhuận bút) per person and per unit with totals. Without a format it prints the two summary
 * tables; --json and --csv go to stdout unless --out names a file; --xlsx always writes a file
 * (`nhuan-but-YYYY-MM.xlsx` in the current folder unless --out says otherwise).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { withPayload } from '@/cli/with-payload'

const USAGE = 'Usage: cms royalties --month YYYY-MM [--json|--csv|--xlsx] [--out FILE]'

function printTables(
  tables: Array<{
    title: string
    columns: { label: string }[]
    rows: unknown[][]
    total: unknown[]
  }>,
) {
  for (const table of tables) {
    console.log(`\n${table.title}`)
    const all = [table.columns.map((c) => c.label), ...table.rows, table.total].map((r) =>
      r.map((cell) =>
        typeof cell === 'number' ? cell.toLocaleString('vi-VN') : String(cell ?? ''),
      ),
    )
    const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)))
    for (const row of all) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '))
  }
}

export async function run(argv: string[]): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        month: { type: 'string' },
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        xlsx: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
    }))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    return 2
  }
  const formats = [values.json, values.csv, values.xlsx].filter(Boolean).length
  const { MonthError, vietnamMonthRange } = await import('@/royalties/month')
  if (!values.month || formats > 1) {
    console.error(USAGE)
    return 2
  }
  try {
    vietnamMonthRange(values.month)
  } catch (error) {
    if (error instanceof MonthError) {
      console.error(error.message)
      return 2
    }
    throw error
  }
  const month = values.month.trim()
  return withPayload(
    async (payload: Payload) => {
      const { loadRoyaltyReport } = await import('@/royalties/load-report')
      const report = await loadRoyaltyReport(payload, month)
      let output: string | Buffer | null = null
      if (values.json) output = `${JSON.stringify(report, null, 2)}\n`
      else if (values.csv) output = (await import('@/royalties/csv')).royaltyCsv(report)
      else if (values.xlsx) output = await (await import('@/royalties/xlsx')).royaltyXlsx(report)
      if (output === null) {
        printTables((await import('@/royalties/tables')).reportTables(report).slice(0, 2))
        return 0
      }
      const out = values.out ?? (values.xlsx ? `nhuan-but-${month}.xlsx` : undefined)
      if (!out) {
        // Waits for the pipe: the CLI exits right after the command, which would cut a long write.
        await new Promise<void>((resolve) => process.stdout.write(output, () => resolve()))
        return 0
      }
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
      fs.writeFileSync(out, output)
      console.error(
        `Đã ghi ${path.resolve(out)}: ${report.totals.lines} dòng, ${report.people.length} người, tổng ${report.totals.total.toLocaleString('vi-VN')} đồng.`,
      )
      return 0
    },
    { drain: false },
  )
}
