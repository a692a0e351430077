/** The signed-in part of the course page's status: assessment and certificate, from the database. */
import { overview } from '../client/assessment.ts';
import { myCertificates } from '../client/account.ts';

const dates = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const day = (iso: string) => dates.format(new Date(iso));
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
        href: `/min-side/kursusbevis/?kode=${encodeURIComponent(cert.code)}`,
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
