export { importPaths } from './import-paths'
export { formatReport, formatResultLine } from './report-text'
export { createProgress } from './progress'
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
