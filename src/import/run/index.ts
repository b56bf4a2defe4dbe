export { importPaths } from './import-paths'
export { createProgress } from './progress'
export { formatReport, formatResultLine } from './report-text'
export type {
  FileResult,
  ImportOptions,
  ImportProgress,
  ImportReport,
  ImportStatus,
  ImportSummary,
  ProgressListener,
} from './types'
export { ImportUsageError } from './types'
