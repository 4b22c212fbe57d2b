/**
 * The layout: header (name, the permanent "educational model" label, mode, comparison, share), the 3D stage (one
 * scene, or A | B side by side), the timeline dock, and a side panel whose tabs depend on the mode. One grid,
 * three arrangements by viewport (layout.css): side panel right of the stage (landscape ≥ 900 px), or stage on top
 * and panel below (portrait tablets, phones).
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { AccessibilityMenu } from '../ui/header/AccessibilityMenu';
import { SceneDescription } from '../a11y/SceneDescription';
import { ClinicBrand } from '../kiosk/ClinicBrand';
import { useKioskStore } from '../kiosk/kioskStore';
import { LanguageMenu } from '../ui/header/LanguageMenu';
import { SkinScene } from '../scene/SkinScene';
import type { SimClient, SimFault } from '../sim/simClient';
import { noticeText } from '../scenario/shareState';
import type { ControlsChoice, Notice } from '../scenario/shareState';
import { useScenarioStore } from '../state/scenarioStore';
import type { AppMode } from '../state/scenarioStore';
import { CellInfoPanel } from '../ui/CellInfoPanel';
import { CellLegend } from '../ui/CellLegend';
import { ChartsPanel } from '../ui/charts/ChartsPanel';
import { ColorScale } from '../ui/ColorScale';
import { EvidencePanel } from '../ui/evidence/EvidencePanel';
import { CompareSwitch } from '../ui/header/CompareSwitch';
import { ModeSwitch } from '../ui/header/ModeSwitch';
import { AftercarePanel } from '../ui/narrative/AftercarePanel';
import { NarrativePanel } from '../ui/narrative/NarrativePanel';
import { PredictionPrompt } from '../ui/narrative/PredictionPrompt';
import { PatientPanel } from '../ui/panels/PatientPanel';
import { SafetyNotes } from '../ui/panels/SafetyNotes';
import { TreatmentPanel } from '../ui/panels/TreatmentPanel';
import { AuthorPanel } from '../ui/share/AuthorPanel';
import { ShareMenu } from '../ui/share/ShareMenu';
import { Tabs } from '../ui/Tabs';
import type { TabDef } from '../ui/Tabs';
import { TimelineDock } from '../ui/timeline/TimelineDock';
import { ViewControls } from '../ui/ViewControls';
import './layout.css';

export interface AppShellProps {
  client: SimClient | null;
  clientB: SimClient | null;
  /** A run that stopped on a fault: its last frame stays on the stage, frozen, behind the message. */
  frozen: SimClient | null;
  comparing: boolean;
  starting: boolean;
  fault: SimFault | null;
  onRestart(): void;
  notices: Notice[];
  /** Which controls show (URL option `controls`): the side panel only with 'full', the timeline unless 'none'. */
  controls: ControlsChoice;
  /** Consult-room kiosk: no mode switch, comparison or sharing (nothing leads out of the app). */
  kiosk: boolean;
}

/** Panel content that needs a running model; while the model (re)starts, a short note instead. */
function withClient(client: SimClient | null, t: TFunction, render: (client: SimClient) => ReactNode): ReactNode {
  return client ? render(client) : <p className="panel-waiting">{t('startingModel')}</p>;
}

/**
 * The side panel's tabs for a mode. Controls (treatment, patient) read and write the scenario store only, so they
 * stay mounted — focus and scroll kept — while a changed setting re-runs the model.
 */
function panelTabs(
  mode: AppMode,
  client: SimClient | null,
  clientB: SimClient | null,
  compareCustom: boolean,
  t: TFunction,
): TabDef[] {
  const treatment: TabDef = {
    id: 'treatment',
    label: mode === 'patient' ? t('tabs.yourTreatment') : t('tabs.treatment'),
    content: (
      <>
        <SafetyNotes />
        <TreatmentPanel side="a" />
        {compareCustom && <TreatmentPanel side="b" />}
      </>
    ),
  };
  const patient: TabDef = { id: 'patient', label: t('tabs.patient'), content: <PatientPanel /> };
  const now: TabDef = {
    id: 'now',
    label: mode === 'patient' ? t('tabs.whatIsHappening') : t('tabs.now'),
    content: withClient(client, t, (c) => <NarrativePanel client={c} />),
  };
  const charts: TabDef = {
    id: 'charts',
    label: t('tabs.charts'),
    content: withClient(client, t, (c) => <ChartsPanel client={c} clientB={clientB} />),
  };
  const evidence: TabDef = {
    id: 'evidence',
    label: t('tabs.evidence'),
    content: withClient(client, t, (c) => <EvidencePanel client={c} />),
  };
  if (mode === 'patient') {
    const aftercare = withClient(client, t, (c) => <AftercarePanel client={c} />);
    return [now, { id: 'aftercare', label: t('tabs.aftercare'), content: aftercare }, treatment];
  }
  const predict: TabDef = {
    id: 'predict',
    label: t('tabs.predict'),
    content: withClient(client, t, (c) => <PredictionPrompt client={c} />),
  };
  const tabs = [treatment, patient, now, charts, predict, evidence];
  if (mode === 'educator') {
    const author = withClient(client, t, (c) => <AuthorPanel client={c} />);
    tabs.push({ id: 'author', label: t('tabs.author'), content: author });
  }
  return tabs;
}

interface StageProps {
  client: SimClient;
  clientB: SimClient | null;
  comparing: boolean;
  /** Draw the client's latest frame and request no more (the model stopped). */
  frozen?: boolean;
}

function Stage({ client, clientB, comparing, frozen = false }: StageProps) {
  const { t } = useTranslation('app');
  const compare = useScenarioStore((s) => s.compare);
  if (!comparing) {
    return (
      <div className="stage-pane">
        <SkinScene client={client} label={t('sceneLabel')} frozen={frozen} />
        <SceneDescription client={client} />
        <CellLegend client={client} />
        <CellInfoPanel client={client} />
        <ViewControls client={client} />
        <ColorScale client={client} />
      </div>
    );
  }
  return (
    <div className="stage-compare">
      <div className="stage-pane">
        <p className="stage-label">{t('paneA')}</p>
        <SkinScene client={client} label={t('sceneLabelA')} />
        <SceneDescription client={client} />
        <CellInfoPanel client={client} />
        <ViewControls client={client} />
      </div>
      <div className="stage-pane">
        <p className="stage-label">{compare === 'untreated' ? t('paneB.untreated') : t('paneB.custom')}</p>
        {clientB ? (
          <SkinScene client={clientB} primary={false} label={t('sceneLabelB')} />
        ) : (
          <p className="notice">{t('startingB')}</p>
        )}
        <ColorScale client={client} />
      </div>
    </div>
  );
}

export function AppShell(props: AppShellProps) {
  const { client, clientB, frozen, comparing, starting, fault, onRestart, notices, controls, kiosk } = props;
  const { t } = useTranslation('app');
  const mode = useScenarioStore((s) => s.mode);
  // A kiosk reset remounts the panels: first tab, scrolled to the top, nothing left open.
  const resetCount = useKioskStore((s) => s.resetCount);
  const compareCustom = useScenarioStore((s) => s.compare === 'custom');
  const [dismissed, setDismissed] = useState(false);
  let stage: ReactNode = null;
  if (client) stage = <Stage client={client} clientB={clientB} comparing={comparing} />;
  else if (frozen && fault) stage = <Stage client={frozen} clientB={null} comparing={false} frozen />;
  return (
    <div className="app" data-mode={mode} data-controls={controls} data-kiosk={kiosk ? 'on' : undefined}>
      <header className="app-header">
        <div className="brand">
          {kiosk && <ClinicBrand />}
          <h1>{t('name')}</h1>
          <p className="disclaimer">{mode === 'patient' ? t('disclaimer.patient') : t('disclaimer.other')}</p>
        </div>
        <div className="header-actions">
          {!kiosk && controls === 'full' && <ModeSwitch />}
          {!kiosk && controls === 'full' && mode !== 'patient' && <CompareSwitch />}
          <LanguageMenu />
          <AccessibilityMenu />
          {!kiosk && client && <ShareMenu client={client} clientB={clientB} />}
        </div>
      </header>
      {notices.length > 0 && !dismissed && (
        <div className="url-notices" role="status">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{noticeText(n)}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setDismissed(true)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <main className="stage" aria-label={t('stageLabel')}>
        {stage}
        {!client && !fault && <p className="notice">{t('startingModel')}</p>}
        {client && starting && <p className="notice busy">{t('rerunning')}</p>}
        {fault && (
          <div className="notice fault" role="alert" data-fault-kind={fault.kind}>
            <p>{t(`fault.${fault.kind}`)}</p>
            <p className="fault-detail">{t('fault.details', { message: fault.message })}</p>
            <button type="button" onClick={onRestart}>
              {t('restart')}
            </button>
          </div>
        )}
      </main>
      {client && controls !== 'none' && (
        <footer className="dock">
          <TimelineDock client={client} follower={clientB} />
        </footer>
      )}
      {controls === 'full' && (
        <aside className="side-panel" aria-label={t('sidePanel')}>
          <Tabs
            key={`${mode}-${resetCount}`}
            tabs={panelTabs(mode, client, clientB, compareCustom, t)}
            label={t('panels')}
          />
        </aside>
      )}
    </div>
  );
}
