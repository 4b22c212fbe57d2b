/**
 * A text to hand out (a link, embed code): a read-only field with a copy button. Copies with the Clipboard API; where
 * that is refused it focuses and selects the field so Ctrl+C (⌘C) copies it. The result is announced politely.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './clipboard';

export interface CopyBoxProps {
  label: string;
  buttonLabel: string;
  text: string;
  /** Called on the button before copying; returns the text to copy (e.g. refreshed to the current moment). */
  prepare?: () => string;
  rows?: number;
}

export function CopyBox({ label, buttonLabel, text, prepare, rows = 3 }: CopyBoxProps) {
  const { t } = useTranslation('embed');
  const [status, setStatus] = useState<'copied' | 'copyByHand' | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const onCopy = async () => {
    const fresh = prepare ? prepare() : text;
    if (await copyText(fresh)) {
      setStatus('copied');
    } else {
      setStatus('copyByHand');
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
  };
  return (
    <div className="copy-box">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={fieldRef}
        id={id}
        readOnly
        rows={rows}
        value={text}
        spellCheck={false}
        // Links and code read left to right in every language (bidi would scramble them in Arabic).
        dir="ltr"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="copy-box-row">
        <button type="button" onClick={() => void onCopy()}>
          {buttonLabel}
        </button>
        <p className="copy-box-status" role="status">
          {status === null ? '' : t(`copyBox.${status}`)}
        </p>
      </div>
    </div>
  );
}
