import { useEffect, useState } from 'preact/hooks';
import {
  ADVISOR_PROFESSIONS,
  listingProblems,
  normaliseContact,
  type ListingInput,
  type ListingProblem,
} from '../../lib/advisors/listing.ts';
import { myListing, removeListing, saveListing } from '../../client/advisor-listing.ts';
import { t, type AdvisorKey } from '../../lib/i18n/advisors.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';

const EMPTY: ListingInput = { profession: '', firm: '', city: '', about: '', contact: '' };
type Message = { ok: boolean; text: string } | null;

/** The learner's choice to stand on the public advisor list; only with a valid certificate. */
export default function AdvisorListing({ hasValidCertificate }: { hasValidCertificate: boolean }) {
  const [form, setForm] = useState<ListingInput>(EMPTY);
  const [listed, setListed] = useState(false);
  const [problems, setProblems] = useState<ListingProblem[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [attempts, setAttempts] = useState(0);

  useEffect(() => {
    if (!hasValidCertificate) return;
    myListing().then(
      (own) => {
        if (!own) return;
        setListed(true);
        setForm({
          profession: own.profession,
          firm: own.firm ?? '',
          city: own.city,
          about: own.about,
          contact: own.contact.replace(/^mailto:/, ''),
        });
      },
      () => {},
    );
  }, [hasValidCertificate]);

  if (!hasValidCertificate)
    return (
      <section aria-labelledby="raadgiverliste">
        <h2 id="raadgiverliste">{t('listing.title')}</h2>
        <p>{t('listing.needsCertificate')}</p>
      </section>
    );

  const field = (name: keyof ListingInput) => ({
    id: `listing-${name}`,
    name,
    value: form[name],
    'aria-invalid': problems.includes(name) ? ('true' as const) : undefined,
    'aria-describedby': problems.includes(name) ? `listing-${name}-problem` : undefined,
    onInput: (e: Event) => setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  const problem = (name: ListingProblem) =>
    problems.includes(name) && (
      <p id={`listing-${name}-problem`} class="field-error">
        {t(`listing.problem.${name}` as AdvisorKey)}
      </p>
    );

  async function save(e: Event) {
    e.preventDefault();
    const found = listingProblems(form);
    setProblems(found);
    setMessage(null);
    if (found.length) return setAttempts((n) => n + 1);
    try {
      await saveListing({ ...form, firm: form.firm.trim() || null, contact: normaliseContact(form.contact) });
      setListed(true);
      setMessage({ ok: true, text: t('listing.saved') });
    } catch (error) {
      const key = (error as { message?: string }).message === 'no_valid_certificate' ? 'listing.noCertificate' : 'listing.failed';
      setMessage({ ok: false, text: t(key) });
    }
  }

  async function remove() {
    try {
      await removeListing();
      setListed(false);
      setMessage({ ok: true, text: t('listing.removed') });
    } catch {
      setMessage({ ok: false, text: t('listing.failed') });
    }
  }

  return (
    <section aria-labelledby="raadgiverliste">
      <h2 id="raadgiverliste">{t('listing.title')}</h2>
      <p>{t('listing.intro')}</p>
      {listed && (
        <p class="notice ok">
          {t('listing.listed')} <a href="/raadgivere/">/raadgivere/</a>
        </p>
      )}
      <form onSubmit={save} method="post" class="stack" noValidate>
        <ErrorSummary
          title={t('form.errorTitle')}
          titleId="listing-errors"
          focusKey={attempts}
          errors={problems.map((p) => ({ fieldId: `listing-${p}`, message: t(`listing.problem.${p}` as AdvisorKey) }))}
        />
        <label for="listing-profession">{t('listing.profession')}</label>
        <select {...field('profession')} onChange={(e) => setForm({ ...form, profession: e.currentTarget.value })}>
          <option value="">—</option>
          {ADVISOR_PROFESSIONS.map((p) => (
            <option key={p} value={p}>
              {t(`profession.${p}` as AdvisorKey)}
            </option>
          ))}
        </select>
        {problem('profession')}
        <label for="listing-firm">{t('listing.firm')}</label>
        <input {...field('firm')} autocomplete="organization" maxLength={120} />
        {problem('firm')}
        <label for="listing-city">{t('listing.city')}</label>
        <input {...field('city')} autocomplete="address-level2" maxLength={80} />
        {problem('city')}
        <label for="listing-about">{t('listing.about')}</label>
        <textarea {...field('about')} rows={4} maxLength={600} />
        {problem('about')}
        <label for="listing-contact">{t('listing.contact')}</label>
        <input {...field('contact')} maxLength={300} />
        {problem('contact')}
        <p>
          <button type="submit">{listed ? t('listing.update') : t('listing.save')}</button>{' '}
          {listed && (
            <button type="button" class="secondary" onClick={remove}>
              {t('listing.remove')}
            </button>
          )}
        </p>
        <div aria-live="polite">{message && <p class={`notice ${message.ok ? 'ok' : 'bad'}`}>{message.text}</p>}</div>
      </form>
    </section>
  );
}
