/**
 * Educator mode: the "Embed…" dialog. A modal <dialog> (showModal: the page behind is inert; Tab wraps around inside
 * it; Escape closes it and focus returns to the button) with the embedding choices — size, the mode it opens in,
 * start, controls, language, the course site allowed to drive it — and the iframe snippet, updated as they change,
 * with a Copy button. The snippet's URL is the authored share link plus the embedding options (embedCode.ts).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentShareState } from '../../scenario/scenarioCodec';
import { CONTROLS_CHOICES } from '../../scenario/shareState';
import type { ControlsChoice } from '../../scenario/shareState';
import { currentLocale, LOCALE_INFO, LOCALES, PSEUDO_LOCALE } from '../../i18n';
import type { Locale } from '../../i18n';
import type { SimClient } from '../../sim/simClient';
import { useAuthorStore } from './authorStore';
import { CopyBox } from './CopyBox';
import {
  authoredShareState,
  EMBED_HEIGHT_PX,
  EMBED_MAX_PX,
  EMBED_MIN_HEIGHT_PX,
  EMBED_MIN_WIDTH_PX,
  embedSnippet,
  embedUrl,
  OPEN_MODES,
  parseAllowOrigin,
} from './embedCode';
import type { EmbedSize } from './embedCode';
import { OpenMoment } from './OpenMoment';
import './EmbedDialog.css';

type SizeKind = EmbedSize['kind'];
const SIZE_KINDS: readonly SizeKind[] = ['fullWidth', 'responsive', 'fixed'];
/** Width offered for a fixed-size frame at first, CSS px (a typical course column). */
const DEFAULT_FIXED_WIDTH_PX = 960;
/** Languages an embed can be pinned to (the pseudo-locale is a developer tool, not offered). */
const EMBED_LOCALES = LOCALES.filter((l) => l !== PSEUDO_LOCALE);

function toSize(kind: SizeKind, width: string, height: string): EmbedSize {
  if (kind === 'responsive') return { kind };
  if (kind === 'fixed') return { kind, width: Number(width), height: Number(height) };
  return { kind, height: Number(height) };
}

/** A labelled whole-pixel field ("Width [960] px"). */
function PixelField(props: { label: string; value: string; min: number; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <span className="embed-px">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        className="embed-field embed-px-input"
        type="number"
        inputMode="numeric"
        min={props.min}
        max={EMBED_MAX_PX}
        step={1}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      <span aria-hidden="true">px</span>
    </span>
  );
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: focus never leaves the dialog. */
function keepFocusInside(e: KeyboardEvent<HTMLDialogElement>): void {
  if (e.key !== 'Tab') return;
  const focusable = [
    ...e.currentTarget.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]'),
  ].filter((el) => !el.matches(':disabled, [tabindex="-1"]') && el.getClientRects().length > 0);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  // Radio groups are one tab stop: the group's checked radio is where Tab lands, not necessarily the first.
  const active = document.activeElement;
  if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && (active === first || active === e.currentTarget)) {
    e.preventDefault();
    last.focus();
  }
}

function Choice(props: { name: string; checked: boolean; onChange: () => void; children: ReactNode }) {
  return (
    <label className="author-choice">
      <input type="radio" name={props.name} checked={props.checked} onChange={props.onChange} />
      <span>{props.children}</span>
    </label>
  );
}

export interface EmbedDialogProps {
  client: SimClient;
  open: boolean;
  onClose(): void;
}

export function EmbedDialog({ client, open, onClose }: EmbedDialogProps) {
  const { t } = useTranslation('embed');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), intro: useId(), origin: useId(), originHint: useId(), originError: useId() };
  const names = { size: useId(), mode: useId() };
  const { openMode, pausedAtH, setOpenMode, setPausedAtH } = useAuthorStore();
  const [sizeKind, setSizeKind] = useState<SizeKind>('fullWidth');
  const [width, setWidth] = useState(String(DEFAULT_FIXED_WIDTH_PX));
  const [height, setHeight] = useState(String(EMBED_HEIGHT_PX));
  const [controls, setControls] = useState<ControlsChoice>('full');
  const [locale, setLocale] = useState<Locale | 'auto'>('auto');
  const [autoplay, setAutoplay] = useState<boolean | null>(null);
  const [originText, setOriginText] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const nowH = () => client.frames.latest?.timeH ?? 0;
  const origin = parseAllowOrigin(originText);
  const impliedAutoplay = pausedAtH === null;
  const playsAtOnce = autoplay ?? impliedAutoplay;
  const state = authoredShareState(currentShareState(client, false), { openMode, pausedAtH });
  const url = embedUrl(window.location.href, state, {
    controls,
    locale,
    autoplay,
    allowOrigin: origin.ok ? origin.value : null,
  });
  const title = t('iframeTitle', { lng: locale === 'auto' ? currentLocale() : locale });
  const snippet = embedSnippet(url, { size: toSize(sizeKind, width, height), title });

  return (
    <dialog
      ref={dialogRef}
      className="embed-dialog floating-surface"
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      // Escape (cancel) and close() both end in 'close': the parent's state follows the dialog.
      onClose={onClose}
      onKeyDown={keepFocusInside}
    >
      <div className="embed-dialog-head">
        <h2 id={ids.title}>{t('dialog.title')}</h2>
        <button type="button" className="embed-close" onClick={onClose} aria-label={t('dialog.close')}>
          ×
        </button>
      </div>
      <p id={ids.intro} className="author-hint">
        {t('dialog.intro')}
      </p>

      <fieldset className="embed-group">
        <legend>{t('dialog.size.legend')}</legend>
        {SIZE_KINDS.map((kind) => (
          <Choice key={kind} name={names.size} checked={sizeKind === kind} onChange={() => setSizeKind(kind)}>
            {t(`dialog.size.${kind}`)}
          </Choice>
        ))}
        {sizeKind !== 'responsive' && (
          <div className="embed-row">
            {sizeKind === 'fixed' && (
              <PixelField label={t('dialog.size.width')} value={width} min={EMBED_MIN_WIDTH_PX} onChange={setWidth} />
            )}
            <PixelField label={t('dialog.size.height')} value={height} min={EMBED_MIN_HEIGHT_PX} onChange={setHeight} />
          </div>
        )}
      </fieldset>

      <fieldset className="embed-group">
        <legend>{t('author.opensIn')}</legend>
        {OPEN_MODES.map((mode) => (
          <Choice key={mode} name={names.mode} checked={openMode === mode} onChange={() => setOpenMode(mode)}>
            {t(`author.modes.${mode}`)}
          </Choice>
        ))}
      </fieldset>

      <fieldset className="embed-group">
        <legend>{t('dialog.start.legend')}</legend>
        <OpenMoment pausedAtH={pausedAtH} onChange={setPausedAtH} nowH={nowH} />
        <label className="author-choice">
          <input
            type="checkbox"
            checked={playsAtOnce}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setAutoplay(checked === impliedAutoplay ? null : checked);
            }}
          />
          <span>{t('dialog.start.autoplay')}</span>
        </label>
      </fieldset>

      <div className="embed-selects">
        <label className="embed-select">
          <span>{t('dialog.controls.label')}</span>
          <select
            className="embed-field"
            value={controls}
            onChange={(e) => setControls(e.currentTarget.value as ControlsChoice)}
          >
            {CONTROLS_CHOICES.map((c) => (
              <option key={c} value={c}>
                {t(`dialog.controls.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="embed-select">
          <span>{t('dialog.locale.label')}</span>
          <select
            className="embed-field"
            value={locale}
            onChange={(e) => setLocale(e.currentTarget.value as Locale | 'auto')}
          >
            <option value="auto">{t('dialog.locale.auto')}</option>
            {EMBED_LOCALES.map((l) => (
              <option key={l} value={l} lang={l} dir={LOCALE_INFO[l].dir}>
                {LOCALE_INFO[l].nativeName}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div className="embed-origin">
        <label htmlFor={ids.origin}>{t('dialog.origin.label')}</label>
        <input
          id={ids.origin}
          className="embed-field"
          type="url"
          inputMode="url"
          dir="ltr"
          spellCheck={false}
          autoComplete="url"
          placeholder={t('dialog.origin.placeholder')}
          value={originText}
          aria-invalid={!origin.ok}
          aria-describedby={origin.ok ? ids.originHint : `${ids.originError} ${ids.originHint}`}
          onChange={(e) => setOriginText(e.currentTarget.value)}
        />
        {!origin.ok && (
          <p id={ids.originError} className="embed-error">
            {t('dialog.origin.error')}
          </p>
        )}
        <p id={ids.originHint} className="author-hint">
          {t('dialog.origin.hint')}
        </p>
      </div>

      <CopyBox label={t('dialog.codeLabel')} buttonLabel={t('dialog.copy')} text={snippet} rows={6} />
      <p className="author-hint">
        <a href="embed-example.html" target="_blank" rel="noopener">
          {t('dialog.example')}
        </a>
      </p>
    </dialog>
  );
}
