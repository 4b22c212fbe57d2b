/**
 * Which treatment and patient settings students (and patients) may not change: one checkbox per parameter, grouped
 * by the schema's sections, bound to the scenario store's `locked` list (carried by share links as `lock=`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { paramLabel } from '../../i18n/modelLabels';
import { PARAM_SCHEMA } from '../../../workers/protocol';
import type { ParamDef, ParamId } from '../../../workers/protocol';
import { useScenarioStore } from '../../state/scenarioStore';
import { groupBySection } from '../evidence/evidenceModel';
import { sectionLabel } from '../evidence/sectionText';

/** The settings a user chooses (treatment and patient groups), by section in schema order. */
const LOCKABLE: readonly ParamDef[] = PARAM_SCHEMA.filter((d) => d.group !== 'model');
const LOCKABLE_IDS: readonly ParamId[] = LOCKABLE.map((d) => d.id as ParamId);
const SECTIONS = groupBySection(LOCKABLE);

export function LockChecklist() {
  const { t } = useTranslation('share');
  const locked = useScenarioStore((s) => s.locked);
  const setLocked = useScenarioStore((s) => s.setLocked);
  const lockedSet = useMemo(() => new Set<string>(locked), [locked]);
  const count = LOCKABLE_IDS.filter((id) => lockedSet.has(id)).length;

  /** Keeps schema order, and any lock a link set on a parameter not listed here. */
  const apply = (next: Set<string>) => {
    const others = locked.filter((id) => !isLockable(id) && next.has(id));
    setLocked([...LOCKABLE_IDS.filter((id) => next.has(id)), ...others]);
  };
  const toggle = (id: ParamId, on: boolean) => {
    const next = new Set(lockedSet);
    if (on) next.add(id);
    else next.delete(id);
    apply(next);
  };

  return (
    <fieldset className="lock-list">
      <legend className="visually-hidden">{t('lock.legend')}</legend>
      <p className="author-hint">{t('lock.hint')}</p>
      <div className="lock-actions">
        <button type="button" onClick={() => apply(new Set([...lockedSet, ...LOCKABLE_IDS]))}>
          {t('lock.lockAll')}
        </button>
        <button type="button" onClick={() => apply(new Set([...lockedSet].filter((id) => !isLockable(id))))}>
          {t('lock.unlockAll')}
        </button>
        <span className="lock-count" aria-live="polite">
          {t('lock.count', { locked: count, total: LOCKABLE_IDS.length })}
        </span>
      </div>
      {SECTIONS.map(({ section, defs }) => (
        <fieldset key={section} className="lock-section">
          <legend>{sectionLabel(section)}</legend>
          {defs.map((def) => (
            <label key={def.id} className="lock-item">
              <input
                type="checkbox"
                checked={lockedSet.has(def.id)}
                onChange={(e) => toggle(def.id as ParamId, e.currentTarget.checked)}
              />
              <span>
                {paramLabel(def)} <code>{def.id}</code>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

function isLockable(id: string): boolean {
  return (LOCKABLE_IDS as readonly string[]).includes(id);
}
