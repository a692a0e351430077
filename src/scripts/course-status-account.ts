/** The signed-in part of the course page's status: assessment and certificate, from the database. */
import { overview } from '../client/assessment.ts';
import { myCertificates } from '../client/account.ts';
import { formatDateIn } from '../lib/i18n/formats.ts';

// Dates in the page's language (<html lang>): the course page exists in Danish and English.
const day = (iso: string) => formatDateIn(document.documentElement.lang === 'en' ? 'en' : 'da', iso);
const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

export async function showAccountStatus(box: HTMLElement) {
  const courseId = box.dataset.courseId!;
  const assessment = box.querySelector<HTMLElement>('[data-status-assessment]')!;
  const certificate = box.querySelector<HTMLElement>('[data-status-certificate]')!;
  try {
    const [info, certificates] = await Promise.all([overview(courseId), myCertificates()]);
    assessment.textContent = info.passed
      ? fill(assessment.dataset.passed!, { date: day(info.passed.passed_at), score: info.passed.score_percent })
      : assessment.dataset.not!;
    const cert = certificates.find((c) => c.course_id === courseId && !c.revoked_at);
    certificate.textContent = cert ? fill(certificate.dataset.issued!, { date: day(cert.issued_at) }) : certificate.dataset.none!;
    if (cert) {
      const link = Object.assign(document.createElement('a'), {
        href: `${box.dataset.certificateUrl ?? '/min-side/kursusbevis/'}?kode=${encodeURIComponent(cert.code)}`,
        textContent: certificate.dataset.view!,
      });
      certificate.append(' ', link);
    }
    certificate.hidden = false;
  } catch {
    assessment.textContent = box.dataset.failed!;
  }
  assessment.hidden = false;
}
