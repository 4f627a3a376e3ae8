import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { validateField } from '@padu/contract';
import type { ErrorCode, Schemas } from '@padu/contract';
import { PaduError } from '@padu/sdk';
import type { Padu } from '@padu/sdk';
import { uploadsResource } from '@padu/sdk/core';
import { coreOf } from '../base/client.ts';
import type { PaduClient } from '../base/client.ts';
import { define } from '../base/define.ts';
import { PaduField } from '../base/field.ts';
import type { ControlState, FieldMessage } from '../base/field.ts';
import { formatSize } from '../i18n/numbers.ts';
import '../i18n/id-fields.ts';
import type { Locale, StringKey } from '../i18n/i18n.ts';
import { fileInputStyles } from './file-input.styles.ts';

type MimeType = Schemas['UploadMimeType'];

/** `application/pdf` → `PDF`, as the contract's messages name types. */
const typeName = (mime: string) => mime.slice(mime.indexOf('/') + 1).toUpperCase();

/** A client's uploads: its own (a full `createPadu()` client), else on the page default's core and session. */
function uploadsOf(client: PaduClient | undefined): Padu['uploads'] | undefined {
  const core = client && coreOf(client);
  return client && 'uploads' in client ? (client as Padu).uploads : core && uploadsResource(core);
}

// validateField checks a file answer against its field through an upload lookup; this stands for the file
// being chosen, so the browser refuses exactly what the gateway would, with the same message.
const CHOSEN = '00000000-0000-4000-8000-000000000000';

/**
 * @tagname padu-file-input
 * @summary Uploads one document as soon as it is chosen, and holds the gateway's upload id as its value (never
 * the file). The allowed types and largest size are shown before choosing; a file of the wrong type or too large
 * is refused before anything is sent, with the contract's message. While uploading, a progress bar shows how far
 * it got, and the upload can be cancelled; a failed upload can be retried; an uploaded file shows its name and
 * size and can be removed or replaced.
 *
 * The control keeps the keyboard focus while it uploads (it is busy, `aria-disabled`, and opens no file picker,
 * but is not disabled) and has it when the upload ends, with the result (or the reason it failed) said in its
 * live region.
 *
 * The file is checked again by content on the gateway. The upload keeps going if the element leaves the page
 * (a multi-page form moving on), so nothing is sent twice on slow links.
 *
 * @csspart rules - The allowed types and largest size.
 * @csspart file - The chosen or uploaded file's name and size.
 * @csspart progress - The upload's progress bar.
 * @csspart chooser - The "Pilih berkas" / "Ganti berkas" button (the label of the native file input).
 * @csspart cancel - The button that cancels an upload.
 * @csspart retry - The button that tries a failed upload again.
 * @csspart remove - The button that removes the uploaded file.
 *
 * @fires input - The upload id changed: a file was uploaded or removed.
 * @fires change - The same moment, and also when a chosen file was refused.
 */
export class PaduFileInput extends PaduField {
  static override styles = [PaduField.styles, fileInputStyles];

  static override properties: PropertyDeclarations = {
    accept: { converter: { fromAttribute: (value: string | null) => (value ? value.split(/\s*,\s*/) : []) } },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    fileName: { attribute: 'file-name' },
    fileSize: { type: Number, attribute: 'file-size' },
    uploading: { type: Boolean, reflect: true },
    loaded: { state: true, attribute: false },
    total: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The MIME types allowed, e.g. `['application/pdf', 'image/jpeg']` (attribute: a comma-separated list). */
  declare accept: MimeType[];
  /** The largest allowed file in bytes. */
  declare maxBytes: number | undefined;
  /** The uploaded file's name, for display (set it with `value` when restoring an earlier upload). */
  declare fileName: string;
  /** The uploaded file's size in bytes, for display. */
  declare fileSize: number;
  /** Whether an upload is in progress (read-only). */
  declare uploading: boolean;
  protected declare loaded: number;
  protected declare total: number;
  protected declare problem: FieldMessage | null;
  protected declare announcement: string;

  /** The file being uploaded, or the last one that failed (for "Coba lagi"); only ever in memory. */
  #file: File | undefined;
  #upload: AbortController | undefined;

  constructor() {
    super();
    this.accept = [];
    this.fileName = '';
    this.fileSize = 0;
    this.uploading = false;
    this.loaded = 0;
    this.total = 0;
    this.problem = null;
    this.announcement = '';
  }

  override validate(): FieldMessage | null {
    return this.problem ?? super.validate();
  }

  /** The contract's verdict on a file of this type and size (the same check the gateway makes). */
  #rule(mimeType: string, bytes: number): FieldMessage | null {
    const accept = this.accept.length ? this.accept : undefined; // no list: any type the gateway takes
    const field = { name: 'f', type: 'file' as const, label: { id: this.label }, accept, maxBytes: this.maxBytes };
    const problem = validateField(field, CHOSEN, { upload: () => ({ mimeType: mimeType as MimeType, bytes }) });
    return problem ? { code: problem.code as ErrorCode, params: problem.params ?? {} } : null;
  }

  #refuse(problem: FieldMessage): void {
    this.problem = problem;
    this.errorShown = true;
  }

  #choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again (after a fix, or to retry) fires `change` again
    if (!file) return;
    // A new file makes an earlier message (the gateway's included) obsolete.
    this.error = '';
    this.problem = null;
    const problem = this.#rule(file.type, file.size);
    if (problem) this.#refuse(problem);
    else void this.#send(file);
    this.changed();
  }

  async #send(file: File): Promise<void> {
    this.#upload?.abort();
    const controller = (this.#upload = new AbortController());
    // The control stays focusable while it uploads (busy, not disabled), so the focus stays where it is;
    // "Coba lagi", which the upload hides, hands it to the control.
    const focused = this.matches(':focus-within');
    this.#file = file;
    this.uploading = true;
    this.loaded = 0;
    this.total = file.size;
    this.announcement = this.t('fileUploading', { name: file.name });
    if (focused) void this.#settle();
    try {
      const uploads = uploadsOf(this.api);
      if (!uploads) throw new PaduError('This Padu client cannot upload');
      const upload = await uploads.create(file, {
        signal: controller.signal,
        onProgress: ({ loaded, total }) => {
          this.loaded = loaded;
          this.total = total;
        },
      });
      this.#file = undefined;
      this.#commit(upload.id, upload.fileName, upload.bytes, 'fileUploaded');
    } catch (error) {
      if (controller.signal.aborted) return;
      const status = error instanceof PaduError ? error.status : 0;
      this.#refuse(
        (status === 415 && this.#rule('', 0)) ||
          (status === 413 && this.#rule(this.accept[0] ?? '', Number.MAX_SAFE_INTEGER)) ||
          this.failure(error),
      );
    } finally {
      if (this.#upload === controller) {
        this.uploading = false;
        this.#upload = undefined;
      }
    }
    // The focus comes back to the control from anything the upload changes (the cancel button it removes), or
    // from nowhere if it was here when the upload began; the result is said in the live region.
    if (this.matches(':focus-within') || (focused && document.activeElement === document.body)) void this.#settle();
    if (this.#file === file) {
      // Failed: said with its reason, once the reason's words are there (a contract message may be on its way).
      await this.updateComplete;
      this.announcement = this.t('fileFailed', { name: file.name, reason: this.errorText() });
    }
  }

  /** Holds an upload (or none), says so, and tells the form, as a native input would. */
  #commit(id: string, name: string, size: number, said: StringKey): void {
    this.value = id;
    this.fileName = name;
    this.fileSize = size;
    this.announcement = this.t(said, { name });
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.changed();
  }

  /** Puts the focus back on the chooser ("Pilih berkas" says what happened) once it is there again. */
  async #settle(): Promise<void> {
    await this.updateComplete;
    this.focus();
  }

  /** While it uploads, the control keeps the focus but opens no file picker (Enter, Space or a click). */
  #busy(event: Event): void {
    if (this.uploading) event.preventDefault();
  }

  #cancel(): void {
    this.#upload?.abort();
    this.uploading = false;
    this.#file = undefined;
    this.announcement = '';
    void this.#settle();
  }

  #discard(): void {
    this.#commit('', '', 0, 'fileRemoved');
    void this.#settle();
  }

  protected override renderControl({ describedBy, invalid }: ControlState): TemplateResult {
    const rules = [
      this.accept.length && this.t('fileTypes', { types: this.accept.map(typeName).join(', ') }),
      this.maxBytes && this.t('fileMaxSize', { size: formatSize(this.maxBytes) }),
    ]
      .filter(Boolean)
      .join(' ');
    const name = this.#file?.name ?? this.fileName;
    return html`
      ${rules ? html`<p part="rules" id="rules" class="hint">${rules}</p>` : nothing}
      <input
        type="file"
        id="control"
        class="native visually-hidden"
        accept=${this.accept.join(',') || nothing}
        ?disabled=${this.disabled}
        aria-disabled=${this.uploading ? 'true' : nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${`${describedBy === nothing ? '' : describedBy} ${rules && 'rules'}`.trim() || nothing}
        @click=${this.#busy}
        @change=${this.#choose}
      />
      ${this.uploading
        ? html`<p part="file" class="file">${name} (${formatSize(this.total)})</p>
            <progress part="progress" max=${this.total || 1} .value=${this.loaded} aria-label=${this.t('fileUploading', { name })}></progress>
            <button type="button" part="cancel" class="button secondary" @click=${this.#cancel}>${this.t('fileCancel')}</button>`
        : html`${this.value
              ? html`<p part="file" class="file">
                    <strong>${this.fileName}</strong>${this.fileSize ? ` (${formatSize(this.fileSize)})` : ''}
                    — ${this.t('fileDone')}
                  </p>`
              : nothing}
            <div class="row">
              <label part="chooser" class="button secondary chooser" for="control">
                ${this.t(this.value ? 'fileReplace' : 'fileChoose')}
              </label>
              ${this.#file
                ? html`<button type="button" part="retry" class="button secondary" @click=${() => this.#send(this.#file!)}>${this.t('retry')}</button>`
                : nothing}
              ${this.value
                ? html`<button type="button" part="remove" class="button secondary" @click=${this.#discard}>
                    ${this.t('fileRemove')}<span class="visually-hidden"> ${this.fileName}</span>
                  </button>`
                : nothing}
            </div>`}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }
}

define('padu-file-input', PaduFileInput);

declare global {
  interface HTMLElementTagNameMap {
    'padu-file-input': PaduFileInput;
  }
}
