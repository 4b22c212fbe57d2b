/**
 * Share and export, in the header: a "Share" button opening a small non-modal dialog with Copy link, Download image
 * (PNG) and Download metrics (CSV, JSON). Focus moves into the dialog when it opens and back to the button when
 * Escape closes it; a click outside or focus leaving it closes it too. Results are announced politely (role=status).
 * Everything happens on this device: the link is this page's address, files are made here and saved directly.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, FocusEvent } from 'react';
import { currentShareState, currentShareUrl } from '../../app/currentShareState';
import type { SimClient } from '../../sim/simClient';
import { useScenarioStore } from '../../state/scenarioStore';
import { captureStagePng } from './capture';
import { copyText } from './clipboard';
import { downloadBlob, downloadText } from './download';
import { EXPORT_NOTICE, exportFileName, metricsCsv, metricsJson } from './exportMetrics';
import type { MetricSeries, RunInfo } from './exportMetrics';
import { CopyFallback } from './CopyFallback';
import { scenarioSummary } from './scenarioSummary';
import { formatModelTime } from './modelTime';
import { version as APP_VERSION } from '../../../package.json';
import './share.css';

const TEXT = {
  button: 'Share',
  dialog: 'Share and export',
  copyLink: 'Copy link',
  copyLinkHint: 'Opens this scenario, paused at this moment.',
  image: 'Download image (PNG)',
  csv: 'Download metrics (CSV)',
  json: 'Download metrics (JSON)',
  metricsHint: 'One row per model hour. Units, the scenario and its link are in the JSON file.',
  close: 'Close',
  copied: 'Link copied.',
  copyByHand:
    'Copying was not allowed here: the link is selected in the field above — copy it with Ctrl+C (⌘C on a Mac).',
  linkLabel: 'Share link',
  working: 'Preparing…',
  saved: (name: string) => `Saved ${name}.`,
  failed: (what: string, why: string) => `Could not ${what}: ${why}`,
  whatImage: 'make the image',
  whatMetrics: 'export the metrics',
  modelTime: (time: string, phase: string) => `Model time: ${time} after the first session · phase: ${phase}`,
};

/** Widest the dialog gets, px; on narrow screens it is the viewport less a margin on each side. */
const DIALOG_MAX_WIDTH_PX = 352;
/** Space kept between the dialog and the viewport's edges or the button, px. */
const EDGE_PX = 8;

type Action = 'link' | 'image' | 'csv' | 'json';

/** Fixed position under the button, kept inside the viewport (the header wraps on phones: the button can be anywhere). */
function dialogPosition(button: HTMLElement): CSSProperties {
  const rect = button.getBoundingClientRect();
  const width = Math.min(DIALOG_MAX_WIDTH_PX, window.innerWidth - 2 * EDGE_PX);
  const rtl = getComputedStyle(button).direction === 'rtl';
  const wanted = rtl ? rect.left : rect.right - width;
  const left = Math.min(Math.max(EDGE_PX, wanted), window.innerWidth - width - EDGE_PX);
  const top = rect.bottom + 4;
  return { left, top, width, maxHeight: window.innerHeight - top - EDGE_PX };
}

export function ShareMenu({ client, clientB }: { client: SimClient; clientB: SimClient | null }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<Action | null>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const [position, setPosition] = useState<CSSProperties>({});
  const comparing = useScenarioStore((s) => s.compare !== 'off');
  const sideB = comparing ? clientB : null;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const dialogId = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    setFallbackLink(null);
    setStatus('');
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      if (buttonRef.current) setPosition(dialogPosition(buttonRef.current));
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    dialogRef.current?.querySelector<HTMLElement>('.share-action')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close(true);
      }
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!dialogRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, close]);

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const next = e.relatedTarget as Node | null;
    if (next && !dialogRef.current?.contains(next) && next !== buttonRef.current) close(false);
  };

  // Buttons stay focusable while busy (aria-disabled, not disabled): a disabled button would drop keyboard focus.
  const run = async (action: Action, what: string, work: () => Promise<string>) => {
    if (busy !== null) return;
    setBusy(action);
    setStatus(TEXT.working);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus(TEXT.failed(what, error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(null);
    }
  };

  const fileName = (ext: string) => {
    const s = useScenarioStore.getState();
    return exportFileName(s.preset, s.seed, client.frames.latest?.timeH ?? 0, ext);
  };

  const copyLink = async () => {
    const url = currentShareUrl(client);
    if (await copyText(url)) {
      setFallbackLink(null);
      setStatus(TEXT.copied);
    } else {
      setFallbackLink(url);
      setStatus(TEXT.copyByHand);
    }
  };

  const downloadImage = () =>
    run('image', TEXT.whatImage, async () => {
      const frame = client.frames.latest;
      const lines = [scenarioSummary(useScenarioStore.getState(), sideB !== null)];
      if (frame) lines.push(TEXT.modelTime(formatModelTime(frame.timeH), frame.phase));
      const name = fileName('png');
      downloadBlob(await captureStagePng({ lines, notice: EXPORT_NOTICE }), name);
      return TEXT.saved(name);
    });

  const runInfo = async (c: SimClient): Promise<RunInfo> => ({
    seed: c.info.seed,
    untreated: c.info.untreated,
    params: c.info.params,
    series: (await c.api.metrics(0)) as MetricSeries,
  });

  const downloadMetrics = (format: 'csv' | 'json') =>
    run(format, TEXT.whatMetrics, async () => {
      const [a, b] = await Promise.all([runInfo(client), sideB ? runInfo(sideB) : null]);
      const name = fileName(format);
      if (format === 'csv') {
        const sides = b
          ? [
              { label: 'A', series: a.series },
              { label: 'B', series: b.series },
            ]
          : [{ series: a.series }];
        downloadText(metricsCsv(sides), name, 'text/csv;charset=utf-8');
      } else {
        const text = metricsJson({
          appVersion: APP_VERSION,
          link: currentShareUrl(client),
          scenario: currentShareState(client),
          a,
          b,
        });
        downloadText(text, name, 'application/json');
      }
      return TEXT.saved(name);
    });

  return (
    <div className="share-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        aria-haspopup="dialog"
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        {TEXT.button}
      </button>
      {open && (
        <div
          ref={dialogRef}
          id={dialogId}
          className="share-dialog"
          role="dialog"
          aria-label={TEXT.dialog}
          style={position}
          onBlur={onBlur}
        >
          <div className="share-dialog-head">
            <h2>{TEXT.dialog}</h2>
            <button type="button" className="share-close" onClick={() => close(true)} aria-label={TEXT.close}>
              ×
            </button>
          </div>
          <button type="button" className="share-action" onClick={() => void copyLink()}>
            {TEXT.copyLink}
          </button>
          <p className="share-hint">{TEXT.copyLinkHint}</p>
          {fallbackLink !== null && <CopyFallback label={TEXT.linkLabel} text={fallbackLink} />}
          <button
            type="button"
            className="share-action"
            aria-disabled={busy !== null}
            onClick={() => void downloadImage()}
          >
            {TEXT.image}
          </button>
          <button
            type="button"
            className="share-action"
            aria-disabled={busy !== null}
            onClick={() => void downloadMetrics('csv')}
          >
            {TEXT.csv}
          </button>
          <button
            type="button"
            className="share-action"
            aria-disabled={busy !== null}
            onClick={() => void downloadMetrics('json')}
          >
            {TEXT.json}
          </button>
          <p className="share-hint">{TEXT.metricsHint}</p>
          <p className="share-status" role="status">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
