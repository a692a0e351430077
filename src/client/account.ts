/** What the account page does, on top of the typed RPC wrappers. */
import { supabase } from './supabase.ts';
import * as rpc from '../lib/supabase/rpc.ts';
import type { Certificate, ExportedData, Profile } from '../lib/supabase/types.ts';
import { finishMerge } from './auth.ts';
import { missingSteps, type RoadFacts } from '../lib/account/certificate-road.ts';
import { announceSessionChange } from './session.ts';
import { accountSync, forgetLocalData, pullFromAccount } from './progress/account-sync.ts';

export interface Account {
  email: string;
  profile: Profile;
  certificates: Certificate[];
}

/** Loads the account and brings the account's progress into this browser. */
export async function loadAccount(): Promise<Account | null> {
  const c = supabase();
  const { data } = await c.auth.getSession();
  if (!data.session) return null;
  await finishMerge().catch(() => {});
  // Whatever this browser still has in its outbox goes first, so the page shows all of it.
  await accountSync()?.flush();
  const [profile, certificates] = await Promise.all([rpc.getMyProfile(c), rpc.myCertificates(c), pullFromAccount()]);
  return { email: data.session.user.email ?? '', profile, certificates };
}

export const saveProfile = (name: string, profession: string | null) => rpc.updateMyProfile(supabase(), name, profession);

/** Sends anything still waiting first: the server decides from what it has. */
export async function issueCertificate(courseId: string) {
  await accountSync()?.flush();
  return rpc.issueCertificate(supabase(), courseId);
}

export const myCertificates = () => rpc.myCertificates(supabase());

export const exportData = (): Promise<ExportedData> => rpc.exportMyData(supabase());

/** Deletes the account on the server, then every trace of it in this browser. */
export async function deleteEverything(): Promise<void> {
  await rpc.deleteMyData(supabase());
  await supabase().auth.signOut({ scope: 'local' });
  forgetLocalData();
  announceSessionChange();
}

/** The learner's certificates and the name on them, for the continuing-education overview. */
export async function cpdSources() {
  const c = supabase();
  const [profile, certificates] = await Promise.all([rpc.getMyProfile(c), rpc.myCertificates(c)]);
  return { name: profile.display_name ?? '', certificates };
}

export const myProfile = () => rpc.getMyProfile(supabase());

/**
 * Every step a course certificate still needs (after issue_certificate refused at the first one):
 * the database's view of lessons and assessment, this browser's list of lessons, the profile name.
 */
export async function certificateGaps(courseId: string, facts: Omit<RoadFacts, 'passed' | 'name' | 'serverLessonsMissing'>) {
  const c = supabase();
  const [info, profile] = await Promise.all([rpc.assessmentOverview(c, courseId), rpc.getMyProfile(c)]);
  return missingSteps({ ...facts, passed: Boolean(info.passed), serverLessonsMissing: info.lessons_missing, name: profile.display_name });
}
