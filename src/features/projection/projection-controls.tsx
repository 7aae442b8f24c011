import { useId } from 'react';
import { formatInteger } from '../../charts/format';
import { writeHashParams } from '../../state/use-number-param';
import { SHARE_SPEC } from '../../state/workforce-assumptions';
import { NumberField } from './number-field';
import type { ProjectionSettings } from './projection-settings';
import { shortIcbName, type Area } from './use-area';

interface ProjectionControlsProps {
  readonly settings: ProjectionSettings;
  readonly scenarios: readonly string[];
  readonly icbs: readonly { icb_code: string; icb_name: string }[];
  readonly area: Area;
}

/** The scenario, and the area the national projection is scaled to (England, or an ICB by a share). */
export function ProjectionControls({ settings, scenarios, icbs, area }: ProjectionControlsProps) {
  const scenarioId = useId();
  const areaId = useId();
  // A scenario from a link that the data does not hold is still shown, so the select says what the URL asks.
  const scenarioOptions = scenarios.includes(settings.scenario)
    ? scenarios
    : [settings.scenario, ...scenarios];
  return (
    <div className="projection-controls">
      <div className="filters" role="group" aria-label="Scenario and area">
        <div className="filter">
          <label htmlFor={scenarioId}>Scenario</label>
          <select
            id={scenarioId}
            value={settings.scenario}
            onChange={(e) => writeHashParams({ scenario: e.target.value }, 'push')}
          >
            {scenarioOptions.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={areaId}>Area</label>
          <select
            id={areaId}
            value={area.kind === 'icb' ? area.code : ''}
            // A new ICB starts from its own default share, not the last ICB's.
            onChange={(e) => writeHashParams({ icb: e.target.value || null, share: null }, 'push')}
          >
            <option value="">England (national projection)</option>
            {icbs.map((icb) => (
              <option key={icb.icb_code} value={icb.icb_code}>
                {shortIcbName(icb.icb_name)} ({icb.icb_code})
              </option>
            ))}
          </select>
        </div>
      </div>
      {area.kind === 'icb' && (
        <NumberField
          spec={SHARE_SPEC}
          raw={settings.share.raw}
          value={area.share}
          hint={
            area.defaultShare === undefined
              ? 'Default: its share of capability assessment respondents (loading).'
              : area.defaultShare.respondents === 0
                ? 'No capability assessment respondents from this ICB are in the data, so there is no default: enter a share.'
                : `Default: ${area.defaultShare.share}%, its share of capability assessment respondents in the data (${formatInteger(area.defaultShare.respondents)} of ${formatInteger(area.defaultShare.all_respondents)}). This is a proxy for its share of the digital workforce, and illustrative.`
          }
          onCommit={settings.share.set}
        />
      )}
    </div>
  );
}
