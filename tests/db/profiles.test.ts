import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { personaDb, type Personas } from '../support/personas.ts';

let db: TestDb;
let p: Personas;
beforeAll(async () => ({ db, p } = await personaDb()));
afterAll(() => db?.close());

describe('learner', () => {
  it('gets a profile at sign-up and can set name and profession', async () => {
    expect(await db.as(p.learner).rpc('get_my_profile')).toEqual({ display_name: null, profession: null, roles: [] });
    const updated = await db.as(p.learner).rpc('update_my_profile', { p_display_name: '  Lærke Læresen ', p_profession: 'rådgiver' });
    expect(updated).toEqual({ display_name: 'Lærke Læresen', profession: 'rådgiver', roles: [] });
  });

  it('is refused a one-letter name and an unknown profession', async () => {
    expect((await refused(db.as(p.learner).rpc('update_my_profile', { p_display_name: 'L', p_profession: null }))).code).toBe('23514');
    expect((await refused(db.as(p.learner).rpc('update_my_profile', { p_display_name: 'Lærke', p_profession: 'astronaut' }))).code).toBe(
      '23514',
    );
  });

  it('cannot make itself an editor', async () => {
    const e = await refused(db.as(p.learner).query(`insert into public.user_roles (user_id, role) values ($1, 'editor')`, [p.learner.id]));
    expect(e.code).toBe('42501');
  });

  it('cannot change another learner’s profile', async () => {
    expect(
      (
        await refused(
          db.as(p.learner).query(`update public.profiles set display_name = 'Hacket' where user_id = $1 returning *`, [p.otherLearner.id]),
        )
      ).code,
    ).toBe('42501');
    expect((await db.as(p.otherLearner).rpc<{ display_name: string | null }>('get_my_profile')).display_name).toBeNull();
  });
});

describe('another learner', () => {
  it('sees only its own profile and roles', async () => {
    const rows = await db.as(p.otherLearner).query<{ user_id: string }>('select user_id from public.profiles');
    expect(rows.map((r) => r.user_id)).toEqual([p.otherLearner.id]);
    expect(await db.as(p.otherLearner).query('select * from public.user_roles')).toEqual([]);
  });
});

describe('editor', () => {
  it('sees its role, and no one else’s profile', async () => {
    expect((await db.as(p.editor).rpc<{ roles: string[] }>('get_my_profile')).roles).toEqual(['editor']);
    expect((await db.as(p.editor).query('select * from public.profiles')).length).toBe(1);
  });
});

describe('partner', () => {
  it('sees no one’s roles, and cannot read or change the editor’s profile', async () => {
    expect(await db.as(p.partner).query('select * from public.user_roles')).toEqual([]);
    expect(await db.as(p.partner).query('select * from public.profiles where user_id = $1', [p.editor.id])).toEqual([]);
    expect(
      (
        await refused(
          db.as(p.partner).query(`update public.profiles set display_name = 'Hacket' where user_id = $1 returning *`, [p.editor.id]),
        )
      ).code,
    ).toBe('42501');
    expect((await refused(db.as(p.partner).query(`update public.user_roles set role = 'admin'`))).code).toBe('42501');
  });
});

describe('anonymous visitor', () => {
  it('reads no profiles and has no profile', async () => {
    expect((await refused(db.as(null).query('select * from public.profiles'))).code).toBe('42501');
    expect((await refused(db.as(null).rpc('get_my_profile'))).code).toBe('42501');
  });
});

describe('catalogue', () => {
  it('only the service role may sync it; learners cannot change it', async () => {
    expect((await refused(db.as(p.learner).query(`select private.sync_catalogue('{"courses": []}')`))).code).toBe('42501');
    expect((await refused(db.as(p.editor).query(`update public.courses set title = 'x'`))).code).toBe('42501');
  });

  it('drafts are hidden from the API roles', async () => {
    await db.exec(`insert into public.courses (id, title, level, estimated_hours, status) values ('kladde', 'Kladde', 'øvet', 1, 'draft')`);
    expect(await db.as(null).query(`select id from public.courses where id = 'kladde'`)).toEqual([]);
    expect(await db.as(p.learner).query(`select id from public.courses where id = 'kladde'`)).toEqual([]);
  });
});
