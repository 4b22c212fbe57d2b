/** Starts and stops model time. The model keeps its state while paused; the camera still moves. */
import { useTranslation } from 'react-i18next';

export function PlayPauseButton({ playing, onToggle }: { playing: boolean; onToggle: () => void }) {
  const { t } = useTranslation('timeline');
  return (
    <button
      type="button"
      className="tl-play"
      onClick={onToggle}
      // The name says what a press does ("Play" / "Pause"); a button whose name changes has no pressed state.
      aria-keyshortcuts="k"
      title={t('playShortcutHint')}
    >
      <svg className="tl-play-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        {playing ? <path d="M3 2h3.5v12H3zM9.5 2H13v12H9.5z" /> : <path d="M4 2l10 6-10 6z" />}
      </svg>
      <span className="tl-play-text">{playing ? t('pause') : t('play')}</span>
    </button>
  );
}
