import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../src/index.js'
import { migrationsBefore, useTempDatabases } from './helpers.js'
import { refusal } from './engines.js'

const temp = useTempDatabases()

// Migration 0024 adds proxy access and the work kind 'proxy-request' (issue 18, decision 035), rebuilding the queue's
// tables as 0023 did: the work already queued, and its history, must come through whole and still append-only.
describe('migration 0024: the work kind proxy-request on a database with work already queued', () => {
  it('keeps every work item and event, takes a request for a proxy, and still refuses changing or removing them', async () => {
    const earlier = migrationsBefore('_proxy-access', temp.folder())
    const path = join(temp.folder(), 'portal.db')
    const old = openDatabase({ path, migrationsFolder: earlier.folder })
    try {
      const run = (text: string) => old.sqlite.prepare(text).run()
      run(
        "insert into users (id, email, display_name, password_hash, role, created_at) values ('u', 'u@example.org', 'U', 'x', 'practitioner', 0)",
      )
      run("insert into teams (id, name, created_by_user_id, created_at) values ('t', 'Front door', 'u', 0)")
      run(
        "insert into outbox_messages (id, to_address, subject, body, purpose, created_at) values ('m', 'u@example.org', 'Reset', 'Body', 'password-reset', 0)",
      )
      run("insert into team_kinds (team_id, kind) values ('t', 'self-assessment')")
      run(
        "insert into work_items (id, kind, team_id, subject, arrived_at) values ('w', 'self-assessment', 't', 'assessment:a', 0)",
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
        { id: 'w', kind: 'self-assessment', subject: 'assessment:a' },
      ])
      expect(all('select item_id, seq, event from work_item_events')).toEqual([
        { item_id: 'w', seq: 1, event: 'taken' },
      ])
      expect(all('pragma foreign_key_check')).toEqual([])
      // The outbox, rebuilt for its new purpose, keeps what it held and stays append-only.
      expect(all('select id, purpose from outbox_messages')).toEqual([{ id: 'm', purpose: 'password-reset' }])
      expect(await refusal(() => handle.sqlite.prepare("update outbox_messages set subject = 'x'").run())).toMatch(
        'a message in the outbox cannot be changed',
      )
      handle.sqlite.prepare("insert into team_kinds (team_id, kind) values ('t', 'proxy-request')").run()
      handle.sqlite
        .prepare(
          "insert into work_items (id, kind, team_id, subject, arrived_at) values ('r', 'proxy-request', 't', 'proxy-request:r', 2)",
        )
        .run()
      expect(await refusal(() => handle.sqlite.prepare("update work_items set kind = 'proxy-request'").run())).toMatch(
        'a work item cannot be changed',
      )
      expect(await refusal(() => handle.sqlite.prepare('delete from work_item_events').run())).toMatch(
        'the history of a work item cannot be removed',
      )
      expect(
        await refusal(() =>
          handle.sqlite
            .prepare(
              "insert into work_item_events (item_id, seq, event, by_user_id, at) values ('nowhere', 1, 'closed', 'u', 3)",
            )
            .run(),
        ),
      ).toMatch('FOREIGN KEY')
    } finally {
      handle.close()
    }
  })
})
