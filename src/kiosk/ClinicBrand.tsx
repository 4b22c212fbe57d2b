/** The clinic's logo and name (kiosk `logo` and `clinic` options; the logo is same-origin or inline by validation). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { launch } from '../scenario/launchOptions';

export function ClinicBrand() {
  const { t } = useTranslation('kiosk');
  const { clinic, logo } = useMemo(() => launch.state, []);
  if (!clinic && !logo) return null;
  return (
    <span className="clinic-brand">
      {logo && <img src={logo} alt={clinic ? '' : t('logoAlt')} className="clinic-logo" />}
      {clinic && <span className="clinic-name">{clinic}</span>}
    </span>
  );
}
