import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../src/index.js'
import { migrationsBefore, useTempDatabases } from './helpers.js'
import { refusal } from './engines.js'

const temp = useTempDatabases()

// Migration 0027 adds carers and the work kind 'carer-assessment' (issue 16), rebuilding the queue's tables as 0024
// did: the work already queued, and its history, must come through whole and still append-only.
describe('migration 0027: the work kind carer-assessment on a database with work already queued', () => {
  it('keeps every work item and event, takes a carer’s assessment, and still refuses changing or removing them', async () => {
    const earlier = migrationsBefore('_carers', temp.folder())
    const path = join(temp.folder(), 'portal.db')
    const old = openDatabase({ path, migrationsFolder: earlier.folder })
    try {
      const run = (text: string) => old.sqlite.prepare(text).run()
      run(
        "insert into users (id, email, display_name, password_hash, role, created_at) values ('u', 'u@example.org', 'U', 'x', 'practitioner', 0)",
      )
      run("insert into teams (id, name, created_by_user_id, created_at) values ('t', 'Front door', 'u', 0)")
      run("insert into team_kinds (team_id, kind) values ('t', 'proxy-request')")
      run(
        "insert into work_items (id, kind, team_id, subject, arrived_at) values ('w', 'proxy-request', 't', 'proxy-request:a', 0)",
      )
      run(
        "insert into work_item_events (item_id, seq, event, to_user_id, by_user_id, at) values ('w', 1, 'taken', 'u', 'u', 1)",
      )
    } finally {
      old.close()
    }
    const handle = openDatabase({ path })
    try {
      const all = (text: string) => handle.sqlite.prepare(text).all()
      expect(all('select id, kind, subject from work_items')).toEqual([
        { id: 'w', kind: 'proxy-request', subject: 'proxy-request:a' },
      ])
      expect(all('select item_id, seq, event from work_item_events')).toEqual([
        { item_id: 'w', seq: 1, event: 'taken' },
      ])
      expect(all('pragma foreign_key_check')).toEqual([])
      handle.sqlite.prepare("insert into team_kinds (team_id, kind) values ('t', 'carer-assessment')").run()
      handle.sqlite
        .prepare(
          "insert into work_items (id, kind, team_id, subject, arrived_at) values ('c', 'carer-assessment', 't', 'carer-assessment:c', 2)",
        )
        .run()
      expect(await refusal(() => handle.sqlite.prepare("update work_items set kind = 'referral'").run())).toMatch(
        'a work item cannot be changed',
      )
      expect(await refusal(() => handle.sqlite.prepare('delete from work_item_events').run())).toMatch(
        'the history of a work item cannot be removed',
      )
    } finally {
      handle.close()
    }
  })
})
