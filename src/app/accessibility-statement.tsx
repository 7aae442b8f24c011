/**
 * #/accessibility: the accessibility statement, in the shape of the GOV.UK model statement for public sector
 * websites. It claims only what the end-to-end suite checks (test/e2e) and names the gaps the code and tests
 * show; when either changes, this page should change with it.
 */
export function AccessibilityStatement() {
  return (
    <article className="accessibility-statement">
      <h1>Accessibility statement for Workforce readiness for AI and digital</h1>
      <p>
        This statement applies to the workforce readiness dashboard: the board summary, Affected groups,
        Capability gaps, Workforce projection and Data views. The dashboard runs entirely in your browser and
        is hosted by your own organisation, which is responsible for it.
      </p>
      <p>We want as many people as possible to be able to use it. You should be able to:</p>
      <ul>
        <li>
          use the filters, chart bars and heat-map cells, and type projection assumptions, with a keyboard
        </li>
        <li>
          read the numbers behind every chart as a table (the &ldquo;Show table&rdquo; button under each
          chart) and download them as CSV
        </li>
        <li>use every view on a screen 320 pixels wide, and with the page zoomed to 200%</li>
        <li>do every task with a keyboard alone, from filtering a chart to uploading a file</li>
        <li>share a link that reproduces exactly the view and filters you see</li>
      </ul>

      <h2>How accessible this dashboard is</h2>
      <p>We know some parts are not fully accessible:</p>
      <ul>
        <li>
          Charts are drawn as images (SVG). A screen reader reads each chart&rsquo;s title and one-line
          summary, not its bars or lines; the same numbers are in the chart&rsquo;s table.
        </li>
        <li>
          Pop-up labels on line and area charts (tooltips) appear when you point at a line with a mouse, not
          from the keyboard; the chart&rsquo;s table gives the same numbers. Bar charts print every value
          beside its bar instead.
        </li>
        <li>
          Column names and values of files you upload on the Data view are shown as they are written in the
          file.
        </li>
        <li>
          The dashboard has not been tested with screen readers or other assistive technology by the people
          who use them.
        </li>
      </ul>

      <h2>Reporting accessibility problems with this dashboard</h2>
      <p>
        Because the dashboard is hosted by your organisation, not by a central service, contact your
        organisation&rsquo;s digital, IT or business intelligence team. Tell them the link of the view (the
        address in the browser), what you were trying to do, what happened, and the browser and any assistive
        technology you use. If you need the information in a different format, the tables and CSV downloads on
        every chart hold the same numbers, and your team can export any table from the Data view.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
        (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the &lsquo;accessibility
        regulations&rsquo;). If you are not happy with how your organisation responds to your complaint,
        contact the Equality Advisory and Support Service (EASS).
      </p>

      <h2>Technical information about this dashboard&rsquo;s accessibility</h2>
      <h3>Compliance status</h3>
      <p>
        This dashboard is partially compliant with the{' '}
        <abbr title="Web Content Accessibility Guidelines">WCAG</abbr> version 2.2 AA standard, due to the
        non-compliances and gaps in testing listed below.
      </p>
      <h3>Non-accessible content</h3>
      <p>
        The automated tests find no failures of WCAG 2.2 AA, but automated tests catch only some problems, and
        the gaps in testing listed below mean we cannot say the dashboard fully complies. Problems we know of:
      </p>
      <ul>
        <li>
          Chart tooltips are mouse-first: they show on hover, not on keyboard focus, and have not been checked
          against success criterion 1.4.13 (content on hover or focus). The same numbers are in each
          chart&rsquo;s table.
        </li>
      </ul>

      <h2>How we tested this dashboard</h2>
      <p>
        The tests below run automatically, on every change, in the dashboard&rsquo;s own test suite, against
        the built dashboard in headless Chromium:
      </p>
      <ul>
        <li>
          axe-core, with its WCAG 2.0, 2.1 and 2.2 level A and AA rules, on every view (the board summary,
          Affected groups, Capability gaps, Workforce projection and Data, with an upload report on screen)
          and on this page, with no violations allowed
        </li>
        <li>
          a keyboard-only journey through every view, using only Tab, Shift+Tab, arrow keys, Enter and Space:
          moving between views, filtering by a chart bar, opening a chart&rsquo;s table, changing a capability
          filter, typing a projection assumption, uploading a file through the file chooser (with its success
          and error messages), and changing the board&rsquo;s scope, with a visible focus indicator checked at
          every step and axe-core run in each state
        </li>
        <li>
          keyboard use of the chart bars and heat-map cells on Affected groups: each chart is one stop for the
          Tab key, and the arrow keys, Home and End move within it (Enter or Space selects)
        </li>
        <li>
          every view at 320 pixels wide and at 640 pixels wide with twice the pixel density (a 1280 pixel
          window zoomed to 200%): no sideways scrolling of the page, and every heading and control on screen
        </li>
        <li>
          reduced motion: with it requested, a chart redraws at its final size at once and nothing animates
        </li>
        <li>
          the board summary printed to A4 without navigation (also checked with axe-core), and laid out on a
          768 pixel wide tablet
        </li>
        <li>
          uploaded text that contains HTML, script, SQL or spreadsheet formulas is shown as text and never run
        </li>
      </ul>
      <p>Not yet tested:</p>
      <ul>
        <li>text zoomed to 200% on its own (text-only zoom), as opposed to zooming the whole page</li>
        <li>screen readers, voice control and screen magnifiers, and testing with disabled users</li>
      </ul>

      <h2>Preparation of this accessibility statement</h2>
      <p>
        This statement was prepared on 22 November 2026. It is based on the automated tests listed above. The
        dashboard has not been audited by an independent accessibility specialist.
      </p>
    </article>
  );
}
