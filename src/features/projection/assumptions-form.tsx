import { useState } from 'react';
import { writeHashParams } from '../../state/use-number-param';
import { ASSUMPTION_FIELDS, type AssumptionParam } from '../../state/workforce-assumptions';
import { NumberField } from './number-field';
import type { ProjectionSettings } from './projection-settings';

interface AssumptionsFormProps {
  readonly settings: ProjectionSettings;
  /** The values in force, once the data-driven default (the starting workforce) is known. */
  readonly values: Readonly<Record<AssumptionParam, number>> | undefined;
  readonly scaledTo: string | null;
}

const RESET: Record<AssumptionParam, null> = {
  start: null,
  leave: null,
  train: null,
  intl: null,
  reskill: null,
};

/** The planner's supply assumptions: each a labelled number kept in the URL, with its default and its basis. */
export function AssumptionsForm({ settings, values, scaledTo }: AssumptionsFormProps) {
  // Remounting the fields on reset drops any half-typed text along with the URL values.
  const [generation, setGeneration] = useState(0);
  return (
    <fieldset className="assumptions">
      <legend>Your supply assumptions, for England</legend>
      <p className="assumptions-note">
        Each year, supply is last year&rsquo;s workforce less leavers, plus new entrants from training,
        recruitment and reskilling.{' '}
        {scaledTo
          ? `Supply and demand are then scaled to ${scaledTo} by its share of England.`
          : 'Choose an ICB above to scale supply and demand to it.'}{' '}
        Apart from the starting workforce, the defaults are illustrative: the report behind the projection
        does not publish the rates of its model.
      </p>
      <div className="assumption-fields" key={generation}>
        {ASSUMPTION_FIELDS.map((field) => {
          const param = settings.assumptions[field.param];
          return (
            <NumberField
              key={field.param}
              spec={field.spec}
              raw={param.raw}
              value={values?.[field.param]}
              hint={`Default: ${field.basis}.`}
              onCommit={param.set}
            />
          );
        })}
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          writeHashParams(RESET, 'push');
          setGeneration((g) => g + 1);
        }}
      >
        Reset assumptions to the defaults
      </button>
    </fieldset>
  );
}
