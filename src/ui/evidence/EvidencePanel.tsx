/**
 * Every parameter and rule of the model, generated from the schema (PARAM_SCHEMA) and the worker's SimInfo: the
 * run's value with its unit, default, allowed range, evidence level, source and description, grouped by section in
 * collapsible <details>, with a search box and filters. Marketing claims are labelled as such. The parameters the
 * results are most sensitive to (the Morris screen's committed result, when there is one: sensitivityData.ts) are
 * marked, with a filter that shows only them and a line saying what the mark means.
 *
 * Fast with ~120 parameters: the entries are memoised and their props change only with the run; typing in the
 * search box re-renders the list at a deferred priority, so the field stays responsive. The search reads the
 * labels and descriptions in the active language (and ids and sources as written).
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_LEVELS, PARAM_GROUPS, PARAM_SCHEMA } from '../../../workers/protocol';
import type { EvidenceLevel, ParamDef, ParamId, ParamValue } from '../../../workers/protocol';
import type { SimClient } from '../../sim/simClient';
import { ClaimsNote } from './ClaimsNote';
import { EvidenceLegend } from './EvidenceLegend';
import { countByLevel, groupBySection, isChanged, isFiltering, matchesFilter } from './evidenceModel';
import type { ParamFilter } from './evidenceModel';
import { formatNumber } from '../../i18n';
import { levelLabel } from './evidenceText';
import { ParamEntry } from './ParamEntry';
import { RulesList } from './RulesList';
import { groupLabel, sectionLabel } from './sectionText';
import { SENSITIVITY_RULE } from './sensitivity';
import { SENSITIVITY_MARKS } from './sensitivityData';
import './evidence.css';

const SCHEMA: readonly ParamDef[] = PARAM_SCHEMA;
const SECTIONS = groupBySection(SCHEMA);
const LEVEL_COUNTS = countByLevel(SCHEMA);
const SENSITIVE = SENSITIVITY_MARKS.byParam;
/** Parameters of the schema the screen marks (0 until the screen's result is committed: no filter, no note). */
const SENSITIVE_COUNT = SCHEMA.filter((d) => SENSITIVE.has(d.id)).length;

export function EvidencePanel({ client }: { client: SimClient }) {
  const { t, i18n } = useTranslation('evidence');
  const language = i18n.language;
  const params = client.info.params as Readonly<Record<ParamId, ParamValue>>;
  const [query, setQuery] = useState('');
  const [level, setLevel] = useState<ParamFilter['level']>('all');
  const [changedOnly, setChangedOnly] = useState(false);
  const [sensitiveOnly, setSensitiveOnly] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const filter = useMemo(
    () => ({ query: deferredQuery, level, changedOnly, sensitiveOnly }),
    [deferredQuery, level, changedOnly, sensitiveOnly],
  );
  const filtering = isFiltering(filter);
  const searchId = useId();
  const levelId = useId();
  const headingId = useId();
  const sensitiveNoteId = useId();

  const visible = useMemo(
    () =>
      SECTIONS.map((s) => ({
        ...s,
        defs: s.defs.filter((d) => matchesFilter(d, params[d.id as ParamId], filter, SENSITIVE)),
      })).filter((s) => s.defs.length > 0),
    // language: the search reads the labels of the active language (matchesFilter looks it up itself)
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params, filter, language],
  );
  const shown = visible.reduce((n, s) => n + s.defs.length, 0);

  return (
    <section className="evidence-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <p className="ev-preface">{t('preface.model')}</p>
      <p className="ev-preface">{t('preface.sources')}</p>
      <ClaimsNote />
      <EvidenceLegend counts={LEVEL_COUNTS} />

      <div className="ev-filters" role="search">
        <label htmlFor={searchId}>{t('filters.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <label htmlFor={levelId}>{t('filters.level')}</label>
        <select id={levelId} value={level} onChange={(e) => setLevel(e.currentTarget.value as EvidenceLevel | 'all')}>
          <option value="all">{t('filters.allLevels')}</option>
          {EVIDENCE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t('filters.levelOption', { level: levelLabel(l), n: formatNumber(LEVEL_COUNTS[l]) })}
            </option>
          ))}
        </select>
        <label className="ev-check">
          <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.currentTarget.checked)} />
          <span>{t('filters.changedOnly')}</span>
        </label>
        {SENSITIVE_COUNT > 0 && (
          <>
            <label className="ev-check">
              <input
                type="checkbox"
                checked={sensitiveOnly}
                aria-describedby={sensitiveNoteId}
                onChange={(e) => setSensitiveOnly(e.currentTarget.checked)}
              />
              <span>{t('sensitivity.filter', { n: formatNumber(SENSITIVE_COUNT) })}</span>
            </label>
            <p id={sensitiveNoteId} className="ev-note ev-sensitive-note">
              {t('sensitivity.explanation', {
                top: formatNumber(SENSITIVITY_RULE.MAX_RANK),
                days: formatNumber(SENSITIVITY_MARKS.days ?? 0),
              })}
            </p>
          </>
        )}
        {filtering && (
          <button
            type="button"
            onClick={() => {
              setQuery('');
              setLevel('all');
              setChangedOnly(false);
              setSensitiveOnly(false);
            }}
          >
            {t('filters.clear')}
          </button>
        )}
        <p className="ev-shown" role="status">
          {shown === 0
            ? t('filters.none')
            : t('filters.shown', {
                count: SCHEMA.length,
                shown: formatNumber(shown),
                total: formatNumber(SCHEMA.length),
              })}
        </p>
      </div>

      {PARAM_GROUPS.map((group) => {
        const sections = visible.filter((s) => s.group === group);
        if (sections.length === 0) return null;
        return (
          <div key={group} className="ev-group">
            <h3>{groupLabel(group)}</h3>
            {sections.map((s) => {
              const changed = s.defs.filter((d) => isChanged(d, params[d.id as ParamId])).length;
              return (
                // Filtering shows every matching section open; clearing the filter closes them again (new key).
                <details key={`${s.section}${filtering ? '-found' : ''}`} className="ev-section" open={filtering}>
                  <summary>
                    <span>{sectionLabel(s.section)}</span>{' '}
                    <span className="ev-count">
                      (
                      {changed > 0
                        ? t('sectionCountChanged', { count: changed, total: formatNumber(s.defs.length) })
                        : formatNumber(s.defs.length)}
                      )
                    </span>
                  </summary>
                  <ul className="ev-params">
                    {s.defs.map((def) => (
                      <ParamEntry
                        key={def.id}
                        def={def}
                        value={params[def.id as ParamId]}
                        sensitivity={SENSITIVE.get(def.id)}
                      />
                    ))}
                  </ul>
                </details>
              );
            })}
          </div>
        );
      })}

      <RulesList rules={client.info.rules} />
    </section>
  );
}
