/**
 * The charts tab: what the model records, hour by hour, with the range over several seeds shaded (ensemble.ts), a
 * vertical line at the moment on screen, and — when comparing — A against B. The metrics arrive about once a second
 * (metricsFeed.ts) and so do the band's updates; the cursor lines move from one animation-frame loop (timeCursor.ts).
 */
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ensembleFor } from '../../sim/ensemble';
import type { SimClient } from '../../sim/simClient';
import { CHARTS } from './chartDefs';
import { DifferenceChart } from './DifferenceChart';
import { EnsembleNote } from './EnsembleNote';
import { MetricChart } from './MetricChart';
import { RangeToggle } from './RangeToggle';
import { SerumAbsent } from './SerumAbsent';
import { windowEndH } from './timeAxis';
import type { TimeRange } from './timeAxis';
import { TimeCursorHub } from './timeCursor';
import './charts.css';

export function ChartsPanel({ client, clientB }: { client: SimClient; clientB: SimClient | null }) {
  const main = useSyncExternalStore(client.metrics.subscribe, client.metrics.snapshot);
  // Started on first view and kept per client while it lives: switching tabs neither loses nor restarts it.
  const ensemble = useMemo(() => ensembleFor(client), [client]);
  const band = useSyncExternalStore(ensemble.subscribe, ensemble.snapshot);
  const [range, setRange] = useState<TimeRange>('all');
  const cursor = useMemo(() => new TimeCursorHub(client.frames), [client]);
  useEffect(() => {
    cursor.start();
    return () => cursor.stop();
  }, [cursor]);
  const endH = windowEndH(range, main.length);
  const serum = client.info.params.topical !== 'none';
  const headingId = useId();
  const { t } = useTranslation('charts');

  return (
    <section className="charts-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('panelHeading')}
      </h2>
      <p className="chart-intro">{t('intro')}</p>
      <RangeToggle value={range} onChange={setRange} />
      <p className="chart-note">{t('timeAxisNote')}</p>
      <EnsembleNote ensemble={band} />
      {main.length === 0 && <p className="chart-note">{t('noData')}</p>}
      {clientB && <DifferenceChart client={client} clientB={clientB} range={range} cursor={cursor} />}
      {CHARTS.map((def) =>
        def.needsSerum && !serum ? (
          <SerumAbsent key={def.id} def={def} />
        ) : (
          <MetricChart
            key={def.id}
            def={def}
            main={main}
            band={band}
            endH={endH}
            cursor={cursor}
            seedCount={band.seeds.length}
          />
        ),
      )}
    </section>
  );
}
