/**
 * The shared body of the calculator islands (not an island itself): a form built from the
 * calculator's fields and the result, recomputed in the browser on every change. Every field error
 * shows at once in the shared error summary at the top of the form (GOV.UK pattern); the summary
 * takes focus only on an explicit "Beregn", never while someone types. Nothing leaves the page.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CalculatorForm } from '../../lib/tools/forms/shared.ts';
import { toolsCommon } from '../../lib/i18n/da/tools-common.ts';
import { toolsT } from '../../lib/i18n/tools.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';

const t = toolsT(toolsCommon);
/** Øre only where there are any: 8.000 kr., 4.896,90 kr. */
const exactKroner = (n: number) =>
  new Intl.NumberFormat('da-DK', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 }).format(n);

export function CalculatorView({ form }: { form: CalculatorForm }) {
  const { id, fields } = form;
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.name, f.initial])));
  const [submits, setSubmits] = useState(0);
  const view = useMemo(() => form.run(values), [form, values]);
  const errorOf = (name: string) => view.errors.find((e) => e.field === name)?.message;
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const labelOf = (name: string) => fields.find((f) => f.name === name)?.label ?? name;
  const summaryErrors = view.errors.map((e) => ({ fieldId: `${id}-${e.field}`, message: `${labelOf(e.field)}: ${e.message}` }));

  return (
    <div class="calculator">
      <form
        class="tool-form"
        novalidate
        onSubmit={(e) => {
          e.preventDefault();
          setSubmits((n) => n + 1);
          if (view.errors.length === 0) document.getElementById(`${id}-result`)?.focus();
        }}
      >
        <ErrorSummary title={t('tools.errorTitle', { n: view.errors.length })} errors={summaryErrors} focusKey={submits} />
        {fields.map((f) => {
          const fid = `${id}-${f.name}`;
          const error = errorOf(f.name);
          const described = [f.hint && `${fid}-hint`, error && `${fid}-error`].filter(Boolean).join(' ') || undefined;
          if (f.type === 'checkbox')
            return (
              <div class="field check" key={f.name}>
                <input
                  id={fid}
                  type="checkbox"
                  checked={values[f.name] === 'on'}
                  onChange={(e) => set(f.name, e.currentTarget.checked ? 'on' : '')}
                />
                <label for={fid}>{f.label}</label>
              </div>
            );
          return (
            <div class={`field${error ? ' has-error' : ''}`} key={f.name}>
              <label for={fid}>{f.label}</label>
              {f.hint && (
                <p id={`${fid}-hint`} class="meta">
                  {f.hint}
                </p>
              )}
              {error && (
                <p id={`${fid}-error`} class="field-error">
                  {error}
                </p>
              )}
              {f.type === 'select' ? (
                <select id={fid} value={values[f.name]} onChange={(e) => set(f.name, e.currentTarget.value)}>
                  {f.options!.map((o) => (
                    <option value={o.value} key={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={fid}
                  name={f.name}
                  type={f.type === 'date' ? 'date' : 'text'}
                  inputMode={f.type === 'date' ? undefined : 'decimal'}
                  autoComplete="off"
                  value={values[f.name]}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={described}
                  onInput={(e) => set(f.name, e.currentTarget.value)}
                />
              )}
            </div>
          );
        })}
        <p>
          <button type="submit">{t('tools.calculate')}</button>
        </p>
      </form>
      <section class="tool-result" aria-labelledby={`${id}-result`} aria-live="polite">
        <h2 id={`${id}-result`} tabIndex={-1}>
          {t('tools.result')}
        </h2>
        {view.errors.length > 0 ? (
          <p class="notice bad">{t('tools.fixErrors')}</p>
        ) : (
          <>
            {view.summary.map((s) => (
              <p class="summary" key={s}>
                {s}
              </p>
            ))}
            {view.steps.length > 0 && (
              <>
                <h3>{t('tools.steps')}</h3>
                <table class="steps-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('tools.step')}</th>
                      <th scope="col">{t('tools.rule')}</th>
                      <th scope="col" class="num">
                        {t('tools.amount')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.steps.map((s, i) => (
                      <tr key={i}>
                        <td data-label={t('tools.step')}>{s.text}</td>
                        <td data-label={t('tools.rule')} class="rule">
                          {s.rule ?? ''}
                        </td>
                        <td data-label={t('tools.amount')} class="num">
                          {s.amount === undefined
                            ? ''
                            : s.unit === 'pct'
                              ? t('tools.pct', { n: s.amount })
                              : t('tools.kr', { n: s.exact ? exactKroner(s.amount) : Math.round(s.amount) })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
            {view.notes.length > 0 && (
              <ul class="tool-notes">
                {view.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </div>
  );
}
