import type { ImportOptions } from './types'

export interface ImportArgs extends ImportOptions {
  paths: string[]
  json: boolean
  help: boolean
}

export const IMPORT_USAGE = [
  'Usage: npm run cms -- import <file-or-dir…> [--dry-run] [--json] [--status draft|published] [--category <slug>]',
  '',
  '  Nhập bài viết cũ từ tệp .txt / .html / .htm (thư mục: đệ quy, theo thứ tự tên).',
  '  --dry-run            chỉ phân tích và báo cáo, không ghi gì vào cơ sở dữ liệu',
  '  --json               in báo cáo dạng JSON ra stdout (tiến trình ra stderr)',
  '  --status <s>         draft | published (mặc định: published)',
  '  --category <slug>    đưa mọi bài vào chuyên mục này (phải có sẵn)',
  '',
].join('\n')

export class ArgsError extends Error {
  override name = 'ArgsError'
}

/** Parses `cms import` arguments; throws ArgsError with a message for the user. */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const out: ImportArgs = { paths: [], json: false, help: false, dryRun: false }
  const rest = [...argv]
  const valueOf = (flag: string, inline: string | undefined): string => {
    const value = inline ?? rest.shift()
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new ArgsError(`Thiếu giá trị cho ${flag}.`)
    }
    return value
  }
  while (rest.length > 0) {
    const arg = rest.shift() as string
    if (arg === '--') {
      out.paths.push(...rest.splice(0))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.paths.push(arg)
      continue
    }
    const [flag = '', inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg]
    if (flag === '--dry-run') out.dryRun = true
    else if (flag === '--json') out.json = true
    else if (flag === '--help' || flag === '-h') out.help = true
    else if (flag === '--category') out.category = valueOf(flag, inline)
    else if (flag === '--status') {
      const status = valueOf(flag, inline)
      if (status !== 'draft' && status !== 'published') {
        throw new ArgsError(`--status chỉ nhận draft hoặc published (nhận được "${status}").`)
      }
      out.status = status
    } else throw new ArgsError(`Tùy chọn không hợp lệ: ${arg}`)
  }
  if (!out.help && out.paths.length === 0)
    throw new ArgsError('Cần ít nhất một tệp hoặc thư mục để nhập.')
  return out
}
