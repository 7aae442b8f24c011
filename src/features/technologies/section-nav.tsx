/** The sections of the page, with the id of each heading. */
export const SECTIONS = [
  { id: 'section-types', label: 'What the technologies are' },
  { id: 'section-who', label: 'Who uses them' },
  { id: 'section-where', label: 'Where and when' },
  { id: 'technology-list-heading', label: 'Technologies in this selection' },
] as const;

/**
 * Links within the page. The URL hash holds the route, so these move focus to a heading instead of changing
 * the hash; a keyboard user can skip past a heat map's many cells in one step.
 */
export function SectionNav() {
  return (
    <nav aria-label="Sections of this page" className="section-nav">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const heading = document.getElementById(section.id);
                heading?.scrollIntoView({ block: 'start' });
                heading?.focus();
              }}
            >
              {section.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
