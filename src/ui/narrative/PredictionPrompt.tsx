/**
 * Student mode: predict, then see what the model does. Each prompt (predictions.ts) changes one thing about the
 * scenario on screen; the student picks less / about the same / more / much more and locks it in; then the scenario
 * and its variant run headless (predictionRun.ts; same seed, every other parameter the same) to the question's time
 * with honest progress, and the card shows both values, the ratio, whether the prediction was right, and why.
 *
 * One prediction runs at a time (each run is a worker of its own, and the scene keeps playing). Runs are cancelled on
 * unmount and on a new client (a changed scenario); finished answers are remembered per scenario for the page's life,
 * so switching tabs (or the language) loses nothing.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import type { SimClient } from '../../sim/simClient';
import { formatMetric } from './metricText';
import { startPrediction } from './predictionRun';
import type { PredictionProgress, PredictionResult, PredictionRun } from './predictionRun';
import { ANSWERS, answerInline, answerLabel, grade, promptPlans } from './predictions';
import type { Answer, PromptPlan } from './predictions';
import { runKey } from './runCache';
import { twinOptions } from '../../sim/headlessRun';
import './narrative.css';

type PromptState =
  | { status: 'asking'; answer: Answer | null }
  | { status: 'running'; answer: Answer; progress: PredictionProgress }
  | { status: 'done'; answer: Answer; result: PredictionResult }
  | { status: 'failed'; answer: Answer; message: string };

/** Finished predictions for the page's life, by scenario and question (a new scenario asks afresh). */
const remembered = new Map<string, { answer: Answer; result: PredictionResult }>();

/** A stable number per client object, so a new client (a changed scenario) remounts the prompts. */
const clientSerials = new WeakMap<SimClient, number>();
let nextSerial = 1;
function serialOf(client: SimClient): number {
  let serial = clientSerials.get(client);
  if (serial === undefined) {
    serial = nextSerial++;
    clientSerials.set(client, serial);
  }
  return serial;
}

export function PredictionPrompt({ client }: { client: SimClient }) {
  return <PromptList key={serialOf(client)} client={client} />;
}

function PromptList({ client }: { client: SimClient }) {
  const { t, i18n } = useTranslation('predict');
  const language = i18n.language;
  const headingId = useId();
  const scenario = useMemo(() => runKey(twinOptions(client.info)), [client]);
  // Plans carry their text: built again in the new language on a switch (ids, changes and hours stay the same).
  const plans = useMemo(
    () => promptPlans({ params: client.info.params, dermisBottomUm: client.info.stack.dermisBottomUm }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `language` is the reason to rebuild, not an input.
    [client, language],
  );
  // The scenario fixes each prompt's one change and hour, so the question's id is enough (and language-neutral).
  const memoryKey = (plan: PromptPlan) => `${scenario}#${plan.id}`;
  const [states, setStates] = useState<Record<string, PromptState>>(() => {
    const initial: Record<string, PromptState> = {};
    for (const p of plans) {
      if (!p.ok) continue;
      const known = remembered.get(memoryKey(p.plan));
      initial[p.plan.id] = known ? { status: 'done', ...known } : { status: 'asking', answer: null };
    }
    return initial;
  });
  const [announcement, setAnnouncement] = useState('');
  const run = useRef<PredictionRun | null>(null);

  // Unmount (tab switch, new client): stop the workers.
  useEffect(() => () => run.current?.cancel(), []);

  const setState = (id: string, state: PromptState) => setStates((all) => ({ ...all, [id]: state }));
  const runningId = Object.entries(states).find(([, s]) => s.status === 'running')?.[0] ?? null;

  const start = (plan: PromptPlan, answer: Answer) => {
    if (run.current) return;
    const handle = startPrediction(client, plan, (progress) =>
      setState(plan.id, { status: 'running', answer, progress }),
    );
    run.current = handle;
    handle.done.then(
      (result) => {
        if (run.current !== handle) return;
        run.current = null;
        remembered.set(memoryKey(plan), { answer, result });
        setState(plan.id, { status: 'done', answer, result });
        setAnnouncement(
          t('announce', {
            question: plan.question,
            answer: answerInline(result.actual),
            predicted: answerInline(answer),
            verdict: t(`verdict.${grade(answer, result.actual)}`),
          }),
        );
      },
      (error: unknown) => {
        if (run.current !== handle) return;
        run.current = null;
        setState(plan.id, {
          status: 'failed',
          answer,
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
  };

  const cancel = (plan: PromptPlan, answer: Answer) => {
    run.current?.cancel();
    run.current = null;
    setState(plan.id, { status: 'asking', answer });
  };

  return (
    <section className="predict" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p className="narrative-muted">{t('intro')}</p>
      <ol className="predict-list">
        {plans.map((p) =>
          p.ok ? (
            <PromptCard
              key={p.plan.id}
              plan={p.plan}
              state={states[p.plan.id] ?? { status: 'asking', answer: null }}
              blocked={runningId !== null && runningId !== p.plan.id}
              onAnswer={(answer) => setState(p.plan.id, { status: 'asking', answer })}
              onStart={(answer) => start(p.plan, answer)}
              onCancel={(answer) => cancel(p.plan, answer)}
            />
          ) : (
            <li key={p.id} className="predict-card" data-state="unavailable">
              <h3>{p.title}</h3>
              <p className="narrative-muted">{p.why}</p>
            </li>
          ),
        )}
      </ol>
      <p className="narrative-caveat">{t('seedNote')}</p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

interface PromptCardProps {
  plan: PromptPlan;
  state: PromptState;
  /** Another prompt is running. */
  blocked: boolean;
  onAnswer(answer: Answer): void;
  onStart(answer: Answer): void;
  onCancel(answer: Answer): void;
}

function PromptCard({ plan, state, blocked, onAnswer, onStart, onCancel }: PromptCardProps) {
  const { t } = useTranslation('predict');
  const name = useId();
  const locked = state.status !== 'asking';
  return (
    <li className="predict-card" data-state={state.status}>
      <h3>{plan.title}</h3>
      <fieldset disabled={locked}>
        <legend>{plan.question}</legend>
        <div className="predict-answers">
          {ANSWERS.map((a) => (
            <label key={a} className="predict-answer">
              <input type="radio" name={name} value={a} checked={state.answer === a} onChange={() => onAnswer(a)} />
              <span>{answerLabel(a)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {state.status === 'asking' && (
        <>
          <button
            type="button"
            className="predict-confirm"
            disabled={state.answer === null || blocked}
            onClick={() => state.answer && onStart(state.answer)}
          >
            {t('confirm')}
          </button>
          {blocked && state.answer !== null && <p className="narrative-muted">{t('otherRunning')}</p>}
        </>
      )}
      {state.status === 'running' && <RunProgress progress={state.progress} onCancel={() => onCancel(state.answer)} />}
      {state.status === 'failed' && (
        <>
          <p className="predict-failed">{t('failed', { message: state.message })}</p>
          <button type="button" onClick={() => onAnswer(state.answer)}>
            {t('retry')}
          </button>
        </>
      )}
      {state.status === 'done' && <PromptResult plan={plan} answer={state.answer} result={state.result} />}
    </li>
  );
}

function RunProgress({ progress, onCancel }: { progress: PredictionProgress; onCancel(): void }) {
  const { t } = useTranslation('predict');
  const slowest = Math.min(progress.baselineH, progress.variantH);
  const day = (h: number) => formatNumber(Math.floor(h / 24 + 1e-9), 0);
  return (
    <div className="predict-progress">
      <p>{t('progress', { day: day(slowest), total: day(progress.untilH) })}</p>
      <progress max={progress.untilH} value={slowest} aria-label={t('progressLabel')} />
      <p className="narrative-muted">
        {t('progressDetail', { b: day(progress.baselineH), v: day(progress.variantH) })}
      </p>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

function PromptResult({ plan, answer, result }: { plan: PromptPlan; answer: Answer; result: PredictionResult }) {
  const { t } = useTranslation('predict');
  const verdict = grade(answer, result.actual);
  return (
    <div className="predict-result" data-grade={verdict}>
      <dl className="narrative-numbers">
        <div>
          <dt>{plan.baselineLabel}</dt>
          <dd>{formatMetric(plan.metric, result.baseline)}</dd>
        </div>
        <div>
          <dt>{plan.variantLabel}</dt>
          <dd>{formatMetric(plan.metric, result.variant)}</dd>
        </div>
        <div>
          <dt>{t('ratio')}</dt>
          <dd>{result.ratio === null ? t('ratioNone') : t('ratioValue', { r: formatNumber(result.ratio, 2, 2) })}</dd>
        </div>
      </dl>
      <p className="predict-verdict">
        <strong>{t('modelSays', { answer: answerInline(result.actual) })}</strong>{' '}
        {t('youSaid', { answer: answerInline(answer), verdict: t(`verdict.${verdict}`) })}
      </p>
      <h4>{t('why')}</h4>
      {plan.explain(result).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
