/**
 * The layout: header (name, the permanent "educational model" label, mode, comparison, share), the 3D stage (one
 * scene, or A | B side by side), the timeline dock, and a side panel whose tabs depend on the mode. One grid,
 * three arrangements by viewport (layout.css): side panel right of the stage (landscape ≥ 900 px), or stage on top
 * and panel below (portrait tablets, phones).
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { SkinScene } from '../scene/SkinScene';
import type { SimClient, SimFault } from '../sim/simClient';
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
  comparing: boolean;
  starting: boolean;
  fault: SimFault | null;
  onRestart(): void;
  notices: string[];
}

/** The permanent label (never hidden in any mode): the model is for learning, not a forecast for a person. */
const DISCLAIMER: Record<AppMode, string> = {
  patient: 'Educational simulation — not a prediction for you.',
  student: 'Educational simulation — not a prediction for any person.',
  educator: 'Educational simulation — not a prediction for any person.',
};

/** Panel content that needs a running model; while the model (re)starts, a short note instead. */
function withClient(client: SimClient | null, render: (client: SimClient) => ReactNode): ReactNode {
  return client ? render(client) : <p className="panel-waiting">Starting the model…</p>;
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
): TabDef[] {
  const treatment: TabDef = {
    id: 'treatment',
    label: mode === 'patient' ? 'Your treatment' : 'Treatment',
    content: (
      <>
        <SafetyNotes />
        <TreatmentPanel side="a" />
        {compareCustom && <TreatmentPanel side="b" />}
      </>
    ),
  };
  const patient: TabDef = { id: 'patient', label: 'Patient', content: <PatientPanel /> };
  const now: TabDef = {
    id: 'now',
    label: mode === 'patient' ? 'What is happening' : 'Now',
    content: withClient(client, (c) => <NarrativePanel client={c} />),
  };
  const charts: TabDef = {
    id: 'charts',
    label: 'Charts',
    content: withClient(client, (c) => <ChartsPanel client={c} clientB={clientB} />),
  };
  const evidence: TabDef = {
    id: 'evidence',
    label: 'Evidence',
    content: withClient(client, (c) => <EvidencePanel client={c} />),
  };
  if (mode === 'patient') {
    const aftercare = withClient(client, (c) => <AftercarePanel client={c} />);
    return [now, { id: 'aftercare', label: 'Aftercare', content: aftercare }, treatment];
  }
  const predict: TabDef = {
    id: 'predict',
    label: 'Predict',
    content: withClient(client, (c) => <PredictionPrompt client={c} />),
  };
  const tabs = [treatment, patient, now, charts, predict, evidence];
  if (mode === 'educator') {
    tabs.push({ id: 'author', label: 'Author', content: withClient(client, (c) => <AuthorPanel client={c} />) });
  }
  return tabs;
}

function Stage({ client, clientB, comparing }: { client: SimClient; clientB: SimClient | null; comparing: boolean }) {
  const compare = useScenarioStore((s) => s.compare);
  if (!comparing) {
    return (
      <div className="stage-pane">
        <SkinScene client={client} label="3D view of the skin block" />
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
        <p className="stage-label">A · this scenario</p>
        <SkinScene client={client} label="3D view of scenario A" />
        <CellInfoPanel client={client} />
        <ViewControls client={client} />
      </div>
      <div className="stage-pane">
        <p className="stage-label">B · {compare === 'untreated' ? 'untreated skin' : 'variant'}</p>
        {clientB ? (
          <SkinScene client={clientB} primary={false} label="3D view of scenario B" />
        ) : (
          <p className="notice">Starting scenario B…</p>
        )}
        <ColorScale client={client} />
      </div>
    </div>
  );
}

export function AppShell({ client, clientB, comparing, starting, fault, onRestart, notices }: AppShellProps) {
  const mode = useScenarioStore((s) => s.mode);
  const compareCustom = useScenarioStore((s) => s.compare === 'custom');
  const [dismissed, setDismissed] = useState(false);
  let stage: ReactNode = null;
  if (client) stage = <Stage client={client} clientB={clientB} comparing={comparing} />;
  return (
    <div className="app" data-mode={mode}>
      <header className="app-header">
        <div className="brand">
          <h1>HealSim</h1>
          <p className="disclaimer">{DISCLAIMER[mode]}</p>
        </div>
        <div className="header-actions">
          <ModeSwitch />
          {mode !== 'patient' && <CompareSwitch />}
          {client && <ShareMenu client={client} clientB={clientB} />}
        </div>
      </header>
      {notices.length > 0 && !dismissed && (
        <div className="url-notices" role="status">
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setDismissed(true)}>
            Dismiss
          </button>
        </div>
      )}
      <main className="stage" aria-label="Simulation view">
        {stage}
        {!client && !fault && <p className="notice">Starting the model…</p>}
        {client && starting && <p className="notice busy">Re-running the model with the new settings…</p>}
        {fault && (
          <div className="notice fault" role="alert" data-fault-kind={fault.kind}>
            <p>{fault.message}</p>
            <button type="button" onClick={onRestart}>
              Restart the model
            </button>
          </div>
        )}
      </main>
      {client && (
        <footer className="dock">
          <TimelineDock client={client} follower={clientB} />
        </footer>
      )}
      <aside className="side-panel" aria-label="Settings and explanations">
        <Tabs key={mode} tabs={panelTabs(mode, client, clientB, compareCustom)} label="Panels" />
      </aside>
    </div>
  );
}
