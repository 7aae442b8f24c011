import { useQuery } from '@tanstack/react-query';
import { HorizontalBarChart } from '../../charts/bar-chart';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent, formatSignedInteger } from '../../charts/format';
import { Headline } from '../../charts/headline';
import { analysisQueryOptions } from '../../data/sql-query';
import { boardHeadlines, readyWithinYearByCare, type CareRow, type HeadlineRow } from './queries';

export function BoardPage() {
  const headlines = useQuery(analysisQueryOptions<HeadlineRow>(boardHeadlines()));
  const care = useQuery(analysisQueryOptions<CareRow>(readyWithinYearByCare()));
  const h = headlines.data?.[0];
  const top = care.data?.[0];

  return (
    <>
      <h1>AI and digital readiness: England</h1>
      <p className="lede">The few numbers a board needs, from the bundled national extracts.</p>
      {headlines.error && (
        <p role="alert" className="figure-error">
          The headline numbers could not be computed: {headlines.error.message}
        </p>
      )}
      <dl className="headlines">
        <Headline
          label="AI technologies in the AI Roadmap"
          value={h && formatInteger(h.technologies)}
          detail="AI and data-driven technologies assessed for their workforce impact (HEE, 2022)"
          provenance="published"
        />
        <Headline
          label="Ready for large-scale deployment within a year"
          value={h && formatInteger(h.ready_within_year)}
          detail="Technologies estimated ready at scale within a year"
          provenance="published"
        />
        <Headline
          label="Digital workforce needed by 2030"
          value={h && `${formatInteger(h.wte_2030)} WTE`}
          detail={
            h
              ? `${formatSignedInteger(h.wte_2030 - h.wte_2020)} WTE on ${formatInteger(h.wte_2020)} WTE in 2020 (HEE, 2021)`
              : ''
          }
          provenance="published"
        />
      </dl>
      <div className="figure-grid">
        <FigureFrame
          title="Technologies ready within a year, by point of care"
          takeaway={
            top
              ? `Most will be used in ${top.point_of_care.toLowerCase()}: ${formatInteger(top.technologies)} technologies (${formatPercent(top.share)}). A technology can serve several points of care.`
              : ''
          }
          source="AI Roadmap press coverage (February 2022): Secondary, Primary and Community care shares are published; Individual/self-care is illustrative"
          provenance="published and illustrative"
          columns={[
            { key: 'point_of_care', label: 'Point of care' },
            { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
            {
              key: 'share',
              label: 'Share of technologies ready within a year',
              unit: '%',
              format: formatPercent,
            },
          ]}
          rows={care.data}
          error={care.error}
          onRetry={() => void care.refetch()}
        >
          {care.data && (
            <HorizontalBarChart
              rows={care.data}
              categoryKey="point_of_care"
              valueKey="technologies"
              valueLabel="Technologies"
              format={formatInteger}
              labelWidth={150}
            />
          )}
        </FigureFrame>
      </div>
    </>
  );
}
