/**
 * The parts of a service around its form: name, summary and category, the six Standar Pelayanan components with
 * the legal basis (UU 25/2009, PermenPAN-RB 15/2014), and the data-protection notice (UU PDP 27/2022).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { getAt, inputId } from './draft-model.ts';
import { checkbox, itemControls, localizedInput, localizedList, radios, select, textInput } from './inputs.ts';
import type { EditorContext } from './inputs.ts';

export const categories = ['kependudukan', 'perizinan', 'sosial', 'kelurahan', 'kesehatan', 'pendidikan', 'lainnya'] as const;
const timeUnits = {
  id: { minutes: 'menit', hours: 'jam', days: 'hari', working_days: 'hari kerja' },
  en: { minutes: 'minutes', hours: 'hours', days: 'days', working_days: 'working days' },
} as const;

export function renderServiceSection(ctx: EditorContext): TemplateResult {
  return html`${localizedInput(ctx, '/name', ctx.t('edName'))} ${localizedInput(ctx, '/summary', ctx.t('edSummary'), { multiline: true })}
  ${select(ctx, '/category', ctx.t('edCategory'), [['', '—'], ...categories.map((category) => [category, category] as const)])}
  ${radios(ctx, '/requiresVerifiedAccount', ctx.t('edWhoMayApply'), [
    [false, ctx.t('edAnyAccount')],
    [true, ctx.t('edVerifiedOnly')],
  ])}`;
}

export function renderStandardSection(ctx: EditorContext, locale: 'id' | 'en'): TemplateResult {
  const complaints = (getAt(ctx.content, '/standard/complaints') as unknown[] | undefined) ?? [];
  ctx.seen('/standard/complaints');
  return html`
    ${localizedList(ctx, '/standard/requirements', ctx.t('edRequirements'), 'edRequirement')}
    ${localizedList(ctx, '/standard/procedure', ctx.t('edProcedure'), 'edProcedureStep')}
    <fieldset>
      <legend>${ctx.t('edTimeFrame')}</legend>
      <div class="pair">
        ${textInput(ctx, '/standard/timeFrame/value', ctx.t('edTimeValue'), { kind: 'number' })}
        ${select(ctx, '/standard/timeFrame/unit', ctx.t('edTimeUnit'), [['', '—'], ...Object.entries(timeUnits[locale])])}
      </div>
    </fieldset>
    <fieldset>
      <legend>${ctx.t('edFee')}</legend>
      ${textInput(ctx, '/standard/fee/amount', ctx.t('edFee'), { kind: 'number' })} ${checkbox(ctx, '/standard/fee/variable', ctx.t('edFeeVariable'))}
      ${localizedInput(ctx, '/standard/fee/note', ctx.t('edFeeNote'))}
    </fieldset>
    ${localizedInput(ctx, '/standard/product', ctx.t('edProduct'))}
    <fieldset class="list" id=${inputId('/standard/complaints')} tabindex="-1">
      <legend>${ctx.t('edComplaints')}</legend>
      ${ctx.problemsAt('/standard/complaints').map((problem) => html`<p class="error">${problem.message}</p>`)}
      <ol>
        ${complaints.map((_, index) => {
          const at = `/standard/complaints/${index}`;
          const name = ctx.t('edComplaint', { n: index + 1 });
          return html`<li>
            <fieldset>
              <legend>${name}</legend>
              ${textInput(ctx, `${at}/name`, ctx.t('edComplaintName'))} ${textInput(ctx, `${at}/phone`, ctx.t('edComplaintPhone'), { kind: 'tel' })}
              ${textInput(ctx, `${at}/email`, ctx.t('edComplaintEmail'), { kind: 'email' })} ${textInput(ctx, `${at}/url`, ctx.t('edComplaintUrl'), { kind: 'url' })}
            </fieldset>
            ${itemControls(ctx, '/standard/complaints', index, complaints.length, name)}
          </li>`;
        })}
      </ol>
      <button
        type="button"
        class="button secondary"
        @click=${() => ctx.add('/standard/complaints', { name: '' }, ctx.t('edComplaint', { n: complaints.length + 1 }), `/standard/complaints/${complaints.length}/name`)}
      >
        ${ctx.t('edAddItem')}: ${ctx.t('edComplaint', { n: complaints.length + 1 })}
      </button>
    </fieldset>
    ${localizedList(ctx, '/standard/legalBasis', ctx.t('edLegalBasis'), 'edLegalItem')}
  `;
}

export function renderProtectionSection(ctx: EditorContext): TemplateResult {
  return html`${localizedInput(ctx, '/dataProtection/purpose', ctx.t('edPurpose'), { multiline: true })}
  ${localizedInput(ctx, '/dataProtection/lawfulBasis', ctx.t('edLawfulBasis'), { multiline: true })}
  ${localizedInput(ctx, '/dataProtection/retention', ctx.t('edRetention'))} ${localizedInput(ctx, '/dataProtection/controller', ctx.t('edController'))}`;
}
