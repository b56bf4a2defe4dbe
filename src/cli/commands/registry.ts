export interface CliCommand {
  /** Runs the command with its own arguments; resolves to the process exit code. */
  run: (argv: string[]) => Promise<number>
}

interface Entry {
  summary: string
  load: () => Promise<CliCommand>
}

export const COMMANDS: Record<string, Entry> = {
  seed: { summary: 'Seed the demo portal into an empty database', load: () => import('./seed') },
}
