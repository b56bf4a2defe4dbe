/**
 * The bench's own editor accounts (random passwords, never the demo ones), written by the
 * dataset generator into the data directory and read by the load run to log in.
 */
export const EDITORS_FILE = 'bench-editors.json'

export interface BenchEditor {
  email: string
  password: string
}
