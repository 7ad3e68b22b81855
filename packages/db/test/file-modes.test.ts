import { statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupDatabase } from '../src/index.js'
import { createPerson, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()
const modeOf = (file: string) => statSync(file).mode & 0o777

describe('files holding personal data are readable by the service’s user only', () => {
  it('creates the database, its write-ahead log and shared-memory file, and backups with mode 0600', async () => {
    const previous = process.umask(0o022)
    try {
      const folder = temp.folder()
      const path = join(folder, 'portal.sqlite')
      const handle = temp.open(path)
      await createPerson(handle, 'Ada')
      expect(modeOf(path)).toBe(0o600)
      expect(modeOf(`${path}-wal`)).toBe(0o600)
      expect(modeOf(`${path}-shm`)).toBe(0o600)
      const fromHandle = await backupDatabase(handle, join(folder, 'backup-1.sqlite'))
      const fromFile = await backupDatabase(path, join(folder, 'backup-2.sqlite'))
      expect(fromHandle.ok && fromFile.ok).toBe(true)
      expect(modeOf(join(folder, 'backup-1.sqlite'))).toBe(0o600)
      expect(modeOf(join(folder, 'backup-2.sqlite'))).toBe(0o600)
    } finally {
      process.umask(previous)
    }
  })
})
