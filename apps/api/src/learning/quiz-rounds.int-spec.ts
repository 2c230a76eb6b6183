import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { makeCourseDir } from '@lantoa/course-format/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CourseImportService } from '../catalog/course-import.service.js';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { makeTeam, makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const QUIZ = `passingScore: 0.8
maxAttempts: 2
retryAfterHours: 24
questions:
  - slug: mot
    type: single
    prompt: Chọn một
    options:
      - { id: a, text: Đúng, correct: true, explanation: Vì a đúng. }
      - { id: b, text: Sai, correct: false, explanation: Vì b sai. }
`;
const WRONG = [{ questionSlug: 'mot', optionIds: ['b'] }];
const RIGHT = [{ questionSlug: 'mot', optionIds: ['a'] }];
const SUBMIT = `mutation ($i: SubmitQuizInput!) { submitQuiz(input: $i) { attemptNumber round attemptsLeft nextRoundAt passed } }`;
const QUIZ_QUERY = `query ($id: ID!) { quiz(id: $id) { round attemptsLeft nextRoundAt retryAfterHours attemptsUsed lessons { slug } } }`;
const GRANT = `mutation ($i: GrantQuizRoundInput!) { grantQuizRound(input: $i) { userId quizId round grantedAt } }`;

interface QuizState {
  round: number;
  attemptsLeft: number | null;
  nextRoundAt: string | null;
  retryAfterHours: number;
  attemptsUsed: number;
  lessons: { slug: string }[];
}

describe('quiz rounds: a wait or a helper instead of a permanent lock', () => {
  let t: TestApp;
  let db: DataSource;
  let quizId: string;
  let team: { id: string };
  let leader: TestUser;

  const submit = (u: TestUser, answers = WRONG) =>
    t.gql<{ submitQuiz: { attemptNumber: number; round: number; attemptsLeft: number; nextRoundAt: string | null } }>(
      SUBMIT,
      { i: { quizId, answers, clientEventId: randomUUID() } },
      u.headers,
    );
  const state = async (u: TestUser) => (await t.gql<{ quiz: QuizState }>(QUIZ_QUERY, { id: quizId }, u.headers)).data!.quiz;
  const grant = (helper: TestUser, learner: TestUser) =>
    t.gql<{ grantQuizRound: { round: number } }>(GRANT, { i: { userId: learner.id, quizId } }, helper.headers);
  const useRound = async (u: TestUser) => {
    await submit(u);
    return submit(u);
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    await t.app.get(AdminUnitsLoaderService).load();
    await t.app.get(CourseImportService).importCourse(loadCourse(makeCourseDir({ '01-hoc-phan-mot/quiz.yaml': QUIZ })).course!);
    quizId = (await db.query<{ id: string }[]>(`SELECT id FROM quizzes LIMIT 1`))[0]!.id;
    team = await makeTeam(t);
    leader = await makeUser(t, { team: { id: team.id, role: 'leader' } });
  });
  afterAll(() => t.close());

  it('after the attempts of a round, says when the next round opens and which lessons to reread', async () => {
    const learner = await makeUser(t, { team: { id: team.id, role: 'member' } });
    expect(await state(learner)).toMatchObject({ round: 1, attemptsLeft: 2, nextRoundAt: null, retryAfterHours: 24 });
    const before = Date.now();
    const last = (await useRound(learner)).data!.submitQuiz;
    expect(last).toMatchObject({ attemptNumber: 2, round: 1, attemptsLeft: 0 });
    const waiting = await state(learner);
    expect(waiting.attemptsLeft).toBe(0);
    const opens = new Date(waiting.nextRoundAt!).getTime();
    expect(opens).toBeGreaterThanOrEqual(before + 24 * 3600_000 - 1000);
    expect(opens).toBeLessThanOrEqual(Date.now() + 24 * 3600_000 + 1000);
    expect(waiting.lessons.map((l) => l.slug)).toEqual(['bai-mot', 'bai-hai']);
    const refused = await submit(learner);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.nextRoundAt).toBe(waiting.nextRoundAt);

    // The waiting time passes (the attempts are moved 24 hours back): a new round of two attempts opens by itself.
    await db.query(`UPDATE quiz_attempts SET created_at = created_at - interval '24 hours 1 second' WHERE user_id = $1`, [learner.id]);
    expect(await state(learner)).toMatchObject({ round: 2, attemptsLeft: 2, nextRoundAt: null });
    expect((await submit(learner, RIGHT)).data!.submitQuiz).toMatchObject({ attemptNumber: 3, round: 2, attemptsLeft: 1, passed: true });
  });

  it('the team leader gives a new round at once, recorded with who gave it; not while attempts are left', async () => {
    const learner = await makeUser(t, { team: { id: team.id, role: 'member' } });
    const early = await grant(leader, learner);
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await useRound(learner);
    const given = await grant(leader, learner);
    expect(given.errors).toBeUndefined();
    expect(given.data!.grantQuizRound.round).toBe(2);
    expect(await state(learner)).toMatchObject({ round: 2, attemptsLeft: 2, nextRoundAt: null });
    expect(await db.query(`SELECT round_number, granted_by FROM quiz_round_grants WHERE user_id = $1`, [learner.id])).toEqual([
      { round_number: 2, granted_by: leader.id },
    ]);
    expect((await grant(leader, learner)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await submit(learner)).data!.submitQuiz).toMatchObject({ round: 2, attemptsLeft: 1 });
  });

  it('who may give a new round: leader of the team, trainer or admin in scope, national admin; nobody else', async () => {
    const learner = await makeUser(t, { team: { id: team.id, role: 'member' } });
    const otherTeam = await makeTeam(t, '00004', 'Tổ khác');
    const strangers = {
      teammate: await makeUser(t, { team: { id: team.id, role: 'member' } }),
      otherLeader: await makeUser(t, { team: { id: otherTeam.id, role: 'leader' } }),
      citizen: await makeUser(t),
      otherTrainer: await makeUser(t, { grants: [{ role: 'TRAINER', provinceCode: '79' }] }),
      otherAdmin: await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '79' }] }),
      self: learner,
    };
    const helpers = {
      trainer: await makeUser(t, { grants: [{ role: 'TRAINER', provinceCode: '01' }] }),
      admin: await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] }),
      national: await makeUser(t, { grants: [{ role: 'NATIONAL_ADMIN' }] }),
    };
    await useRound(learner);
    for (const [who, u] of Object.entries(strangers)) {
      const res = await grant(u, learner);
      expect([who, res.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    let round = 1;
    for (const [who, u] of Object.entries(helpers)) {
      const res = await grant(u, learner);
      expect([who, res.data?.grantQuizRound.round]).toEqual([who, ++round]);
      await useRound(learner);
    }
    expect(await db.query(`SELECT count(*)::int AS n FROM quiz_round_grants WHERE user_id = $1`, [learner.id])).toEqual([{ n: 3 }]);
    // A stranger asking about an id that does not exist learns as little as about one that does.
    const ghost = await t.gql(GRANT, { i: { userId: randomUUID(), quizId } }, strangers.citizen.headers);
    expect(ghost.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a leader gives rounds to plain members of their own team only: not to a leader, nor to someone who left', async () => {
    const coLeader = await makeUser(t, { team: { id: team.id, role: 'leader' } });
    const otherTeam = await makeTeam(t, '00004', 'Tổ bên cạnh');
    const otherLeader = await makeUser(t, { team: { id: otherTeam.id, role: 'leader' } });
    await useRound(coLeader);
    await useRound(otherLeader);
    for (const [who, helper, learner] of [
      ['leader on co-leader', leader, coLeader],
      ['leader on the leader of another team', leader, otherLeader],
      ['other leader on this leader', otherLeader, coLeader],
    ] as const) {
      expect([who, (await grant(helper, learner)).errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    const admin = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    expect((await grant(admin, coLeader)).data?.grantQuizRound.round).toBe(2);

    const gone = await makeUser(t, { team: { id: team.id, role: 'member' } });
    await useRound(gone);
    await db.query(`UPDATE team_memberships SET left_at = now() WHERE user_id = $1`, [gone.id]);
    expect((await grant(leader, gone)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await db.query(`INSERT INTO team_memberships (team_id, user_id, role) VALUES ($1, $2, 'member')`, [otherTeam.id, gone.id]);
    expect((await grant(leader, gone)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await grant(otherLeader, gone)).data?.grantQuizRound.round).toBe(2);
    expect((await t.gql(GRANT, { i: { userId: gone.id, quizId } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("an admin or trainer gives rounds by where the learner lives or by their team's province, not across provinces", async () => {
    const [hcm] = await db.query<{ code: string }[]>(
      `SELECT code FROM admin_units WHERE path <@ 'g2025.p79' AND level = 3 AND valid_to IS NULL ORDER BY code LIMIT 1`,
    );
    const hcmTeam = await makeTeam(t, hcm!.code, 'Tổ ở Thành phố Hồ Chí Minh');
    const commuter = await makeUser(t, { communeCode: '00004', team: { id: hcmTeam.id, role: 'member' } });
    const hcmResident = await makeUser(t, { communeCode: hcm!.code });
    const hanoiAdmin = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    const hcmTrainer = await makeUser(t, { communeCode: hcm!.code, grants: [{ role: 'TRAINER', provinceCode: '79' }] });
    await useRound(commuter);
    await useRound(hcmResident);
    expect((await grant(hanoiAdmin, hcmResident)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await grant(hcmTrainer, hcmResident)).data?.grantQuizRound.round).toBe(2);
    expect((await grant(hcmTrainer, commuter)).data?.grantQuizRound.round).toBe(2);
    await useRound(commuter);
    expect((await grant(hanoiAdmin, commuter)).data?.grantQuizRound.round).toBe(3);
  });

  it('a trainer or admin finds a learner by phone to give a round; out of reach or unknown looks the same: nobody', async () => {
    const FIND = `query ($phone: String!) { learnerQuizRounds(phone: $phone, courseSlug: "khoa-hoc-thu") {
      userId fullName progress { modules { quizId quizAttemptsLeft quizNextRoundAt } } } }`;
    type Found = {
      learnerQuizRounds: {
        userId: string;
        fullName: string;
        progress: { modules: { quizId: string | null; quizAttemptsLeft: number | null }[] };
      } | null;
    };
    const find = (helper: TestUser, phone: string) => t.gql<Found>(FIND, { phone }, helper.headers);
    const learner = await makeUser(t, { fullName: 'Lò Thị Chờ', team: { id: team.id, role: 'member' } });
    await useRound(learner);
    const trainer = await makeUser(t, { grants: [{ role: 'TRAINER', provinceCode: '01' }] });
    // Found by the phone as people type it, with the quiz they wait for.
    const found = (await find(trainer, learner.phone.replace(/^\+84/, '0'))).data!.learnerQuizRounds!;
    expect(found).toMatchObject({ userId: learner.id, fullName: 'Lò Thị Chờ' });
    expect(found.progress.modules[0]).toMatchObject({ quizId, quizAttemptsLeft: 0 });
    expect((await grant(trainer, { ...learner, id: found.userId })).data?.grantQuizRound.round).toBe(2);
    expect((await find(trainer, learner.phone)).data!.learnerQuizRounds!.progress.modules[0]!.quizAttemptsLeft).toBe(2);

    const otherTrainer = await makeUser(t, { grants: [{ role: 'TRAINER', provinceCode: '79' }] });
    expect((await find(otherTrainer, learner.phone)).data).toEqual({ learnerQuizRounds: null });
    expect((await find(trainer, '0912 000 111')).data).toEqual({ learnerQuizRounds: null });
    expect((await find(trainer, trainer.phone)).data).toEqual({ learnerQuizRounds: null });
    const bad = await find(trainer, 'không phải số');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'phone' }] });
    for (const who of [await makeUser(t), await makeUser(t, { team: { id: team.id, role: 'member' } })]) {
      expect((await find(who, learner.phone)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(FIND, { phone: learner.phone })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('team progress shows who is waiting and until when, so the leader knows whom to help', async () => {
    const learner = await makeUser(t, { team: { id: team.id, role: 'member' } });
    await useRound(learner);
    const res = await t.gql<{
      teamProgress: {
        user: { id: string };
        progress: { modules: { quizAttemptsLeft: number; quizNextRoundAt: string | null; quizRound: number }[] };
      }[];
    }>(
      `query ($id: ID!) { teamProgress(teamId: $id, courseSlug: "khoa-hoc-thu") { user { id } progress { modules { quizRound quizAttemptsLeft quizNextRoundAt } } } }`,
      { id: team.id },
      leader.headers,
    );
    const mine = res.data!.teamProgress.find((m) => m.user.id === learner.id)!;
    expect(mine.progress.modules[0]).toMatchObject({ quizRound: 1, quizAttemptsLeft: 0, quizNextRoundAt: expect.any(String) });
  });
});
