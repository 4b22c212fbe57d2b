/**
 * Where copying to the clipboard is not allowed: the text in a read-only field, focused and selected, so Ctrl+C
 * (⌘C) copies it.
 */
import { useEffect, useId, useRef } from 'react';

export function CopyFallback({ label, text }: { label: string; text: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <div className="copy-fallback">
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} type="text" readOnly value={text} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}
