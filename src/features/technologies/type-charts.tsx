import { formatInteger, formatPercent } from '../../charts/format';
import { BarFigure } from './bar-figure';
import { provenanceOf, ROADMAP_SOURCE, SINGLE_LABEL_NOTE } from './copy';
import { hasFilters, withoutFilters, type TechnologyFilters } from './filters';
import type { SubtypeRow, TypeRow } from './queries';
import { viewAnalyses } from './view-analyses';
import { useAnalysis } from '../../data/use-analysis';

const count = (n: number) => formatInteger(n);

export function TypeFigure({ filters }: { readonly filters: TechnologyFilters }) {
  const own = withoutFilters(filters, 'type');
  const result = useAnalysis<TypeRow>(viewAnalyses.types(filters));
  const rows = result.data ?? [];
  const total = rows.reduce((sum, row) => sum + row.technologies, 0);
  const chosen = rows.filter((row) => filters.type.includes(row.technology_type));
  const top = rows[0];
  const lead =
    chosen.length > 0
      ? `Selected: ${chosen.map((r) => `${r.technology_type}, ${count(r.technologies)} of ${count(total)} (${formatPercent(r.share)})`).join('; ')}.`
      : top
        ? `${top.technology_type} is the largest type: ${count(top.technologies)} of ${count(total)} technologies (${formatPercent(top.share)}).`
        : '';
  return (
    <BarFigure
      title="AI technologies by type"
      takeaway={`${lead} ${SINGLE_LABEL_NOTE}`}
      source={`${ROADMAP_SOURCE}. Published: the shares of the four largest types; illustrative: the split of the rest and any filtered selection`}
      provenance={provenanceOf(hasFilters(own), 'published and illustrative')}
      columns={[
        { key: 'technology_type', label: 'Technology type' },
        { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
        { key: 'share', label: 'Share of technologies', unit: '%', format: formatPercent },
      ]}
      result={result}
      categoryKey="technology_type"
      param="type"
      filterName="technology type"
      labelWidth={200}
    />
  );
}

/** Subtypes of the chosen types, or of the largest type when none is chosen (Diagnostic, unfiltered). */
export function SubtypeFigure({ filters }: { readonly filters: TechnologyFilters }) {
  const own = withoutFilters(filters, 'subtype');
  const result = useAnalysis<SubtypeRow>(viewAnalyses.subtypes(filters));
  const rows = result.data ?? [];
  const types = [...new Set(rows.map((row) => row.technology_type))];
  const top = rows[0];
  const typeTotal = rows
    .filter((row) => row.technology_type === top?.technology_type)
    .reduce((sum, row) => sum + row.technologies, 0);
  const lead = top
    ? `${top.technology_subtype} is the largest subtype of ${top.technology_type}: ${count(top.technologies)} of ${count(typeTotal)} (${formatPercent(top.share_of_type)}).`
    : '';
  const how =
    filters.type.length === 0
      ? ' With no type chosen this shows the largest type; select a type to see its subtypes.'
      : '';
  const unfilteredDiagnostic = !hasFilters(own) && types.length === 1 && types[0] === 'Diagnostic';
  return (
    <BarFigure
      title={types.length > 0 ? `Subtypes of ${types.join(' and ')}` : 'Subtypes within a type'}
      takeaway={`${lead} Shares are of each subtype's own type and add up to 100% within it.${how}`}
      source={`${ROADMAP_SOURCE}. Published: the shares of Imaging and of Cardiorespiratory and neurology within Diagnostic; illustrative: the other subtypes and any filtered selection`}
      provenance={unfilteredDiagnostic ? 'published and illustrative' : 'illustrative'}
      columns={[
        { key: 'technology_subtype', label: 'Subtype' },
        { key: 'technology_type', label: 'Technology type' },
        { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
        { key: 'share_of_type', label: 'Share of its type', unit: '%', format: formatPercent },
      ]}
      result={result}
      categoryKey="technology_subtype"
      param="subtype"
      filterName="subtype"
      labelWidth={210}
    />
  );
}
