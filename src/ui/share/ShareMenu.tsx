/**
 * Share and export, in the header: a "Share" button opening a small non-modal dialog with Copy link, Download image
 * (PNG) and Download metrics (CSV, JSON). Focus moves into the dialog when it opens and back to the button when
 * Escape closes it; a click outside or focus leaving it closes it too. Results are announced politely (role=status).
 * Everything happens on this device: the link is this page's address, files are made here and saved directly.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentShareState, currentShareUrl } from '../../scenario/scenarioCodec';
import type { SimClient } from '../../sim/simClient';
import { useScenarioStore } from '../../state/scenarioStore';
import { copyText } from './clipboard';
import { downloadBlob, downloadText } from './download';
import { exportFileName, metricsCsv, metricsJson } from './exportMetrics';
import type { MetricSeries, RunInfo } from './exportMetrics';
import { CopyFallback } from './CopyFallback';
import { useHeaderPopover } from '../headerPopover';
import { HeaderPopoverFrame } from '../HeaderPopoverFrame';
import { captureScenePng } from './scenePicture';
import { version as APP_VERSION } from '../../../package.json';
import './share.css';

/** Widest the dialog gets, px; on narrow screens it is the viewport less a margin on each side. */
const DIALOG_MAX_WIDTH_PX = 352;

type Action = 'link' | 'image' | 'csv' | 'json';

export function ShareMenu({ client, clientB }: { client: SimClient; clientB: SimClient | null }) {
  const { t } = useTranslation('share');
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<Action | null>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const comparing = useScenarioStore((s) => s.compare !== 'off');
  const sideB = comparing ? clientB : null;

  const onClose = useCallback(() => {
    setOpen(false);
    setFallbackLink(null);
    setStatus('');
  }, []);

  const popover = useHeaderPopover(open, onClose, DIALOG_MAX_WIDTH_PX, '.share-action');

  // Buttons stay focusable while busy (aria-disabled, not disabled): a disabled button would drop keyboard focus.
  const run = async (
    action: Action,
    failedKey: 'status.failedImage' | 'status.failedMetrics',
    work: () => Promise<string>,
  ) => {
    if (busy !== null) return;
    setBusy(action);
    setStatus(t('status.working'));
    try {
      setStatus(await work());
    } catch (error) {
      setStatus(t(failedKey, { reason: error instanceof Error ? error.message : String(error) }));
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
      setStatus(t('status.copied'));
    } else {
      setFallbackLink(url);
      setStatus(t('status.copyByHand'));
    }
  };

  const downloadImage = () =>
    run('image', 'status.failedImage', async () => {
      const frame = client.frames.latest;
      const name = fileName('png');
      downloadBlob(await captureScenePng(frame ? { timeH: frame.timeH, phase: frame.phase } : null), name);
      return t('status.saved', { name });
    });

  const runInfo = async (c: SimClient): Promise<RunInfo> => ({
    seed: c.info.seed,
    untreated: c.info.untreated,
    params: c.info.params,
    series: (await c.api.metrics(0)) as MetricSeries,
  });

  const downloadMetrics = (format: 'csv' | 'json') =>
    run(format, 'status.failedMetrics', async () => {
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
      return t('status.saved', { name });
    });

  return (
    <HeaderPopoverFrame
      {...popover}
      open={open}
      onOpen={() => setOpen(true)}
      prefix="share"
      buttonLabel={t('menu.button')}
      title={t('menu.dialog')}
      closeLabel={t('menu.close')}
    >
      <button type="button" className="share-action" onClick={() => void copyLink()}>
        {t('menu.copyLink')}
      </button>
      <p className="share-hint">{t('menu.copyLinkHint')}</p>
      {fallbackLink !== null && <CopyFallback label={t('menu.linkLabel')} text={fallbackLink} />}
      <button type="button" className="share-action" aria-disabled={busy !== null} onClick={() => void downloadImage()}>
        {t('menu.image')}
      </button>
      <button
        type="button"
        className="share-action"
        aria-disabled={busy !== null}
        onClick={() => void downloadMetrics('csv')}
      >
        {t('menu.csv')}
      </button>
      <button
        type="button"
        className="share-action"
        aria-disabled={busy !== null}
        onClick={() => void downloadMetrics('json')}
      >
        {t('menu.json')}
      </button>
      <p className="share-hint">{t('menu.metricsHint')}</p>
      <p className="share-status" role="status">
        {status}
      </p>
    </HeaderPopoverFrame>
  );
}
