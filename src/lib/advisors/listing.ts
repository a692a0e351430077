/**
 * An advisor's public listing: what the form and the database both check (supabase/migrations/
 * 20261129130000_advisors.sql), and the shape of the public list (read by src/client/advisors.ts). The name and the courses
 * are never typed in: the database takes them from the advisor's valid certificates.
 */
export const ADVISOR_PROFESSIONS = ['revisor', 'advokat', 'erhvervsrådgiver', 'bogholder', 'konsulent', 'andet'] as const;
export type AdvisorProfession = (typeof ADVISOR_PROFESSIONS)[number];

export interface ListingInput {
  profession: string;
  firm: string;
  city: string;
  about: string;
  contact: string;
}

export interface Advisor {
  name: string;
  profession: AdvisorProfession;
  firm: string | null;
  city: string;
  about: string;
  contact: string;
  courses: { course_id: string; course_title: string; passed_on: string; code: string }[];
}

export type ListingProblem = 'profession' | 'firm' | 'city' | 'about' | 'contact';

const within = (text: string, min: number, max: number) => text.trim().length >= min && text.trim().length <= max;

/** A web page (https) or an e-mail address; a bare address becomes a mailto: link. */
export function normaliseContact(input: string): string {
  const value = input.trim();
  return /^[^@\s:/]+@[^@\s]+\.[a-z]{2,}$/i.test(value) ? `mailto:${value}` : value;
}

export function listingProblems(input: ListingInput): ListingProblem[] {
  const contact = normaliseContact(input.contact);
  return [
    !(ADVISOR_PROFESSIONS as readonly string[]).includes(input.profession) && 'profession',
    input.firm.trim() !== '' && !within(input.firm, 2, 120) && 'firm',
    !within(input.city, 2, 80) && 'city',
    !within(input.about, 20, 600) && 'about',
    !(contact.length <= 300 && (/^https:\/\/[^\s/]+\.\S+$/.test(contact) || /^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(contact))) &&
      'contact',
  ].filter((p): p is ListingProblem => Boolean(p));
}
