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
  search: {
    summary: 'Search published articles: search "<query>" [--limit N] [--json]',
    load: () => import('./search'),
  },
  reindex: {
    summary: 'Rebuild the search index from the database (no downtime)',
    load: () => import('./reindex'),
  },
  import: {
    summary: 'Import legacy articles (.txt/.html files or folders)',
    load: () => import('./import'),
  },
  users: {
    summary: 'Accounts: users create|reset-password|delete|list (users --help)',
    load: () => import('./users'),
  },
  deploy: {
    summary:
      'Write the nginx configuration: deploy nginx --listen PORT --upstream HOST:PORT --out FILE',
    load: () => import('./deploy'),
  },
  backup: {
    summary: 'Consistent snapshot while the server runs: backup <dir> [--keep N]',
    load: () => import('./backup'),
  },
  restore: {
    summary: 'Restore a snapshot and rebuild the search index: restore <dir> [--force]',
    load: () => import('./restore'),
  },
  royalties: {
    summary: 'Monthly royalty report: royalties --month YYYY-MM [--json|--csv|--xlsx] [--out FILE]',
    load: () => import('./royalties'),
  },
  'merge-authors': {
    summary: 'Reassign every byline of one author to another, then delete it: --from ID --into ID',
    load: async () => (await import('@/cli/merge/merge-command')).mergeCommand('authors'),
  },
  'merge-tags': {
    summary: 'Reassign every use of one tag to another, then delete it: --from ID --into ID',
    load: async () => (await import('@/cli/merge/merge-command')).mergeCommand('tags'),
  },
}
