namespace Regie.Documents.Html;

/// <summary>
/// The inline style sheet of a standalone HTML report: readable on screen, tidy on A4 paper, no web fonts or other
/// requests. It styles the same Utrecht class names the site uses, so one markup serves both modes. Contrast of
/// text and links is above 4.5:1 (WCAG 2.1 AA).
/// </summary>
internal static class StandaloneStyle
{
    public const string Css = """
        :root { color-scheme: light; --muted: #4d4d4d; --rule: #a8b0b8; --link: #0b4f8a; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.5; color: #1a1a1a; background: #fff; }
        main { max-inline-size: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.75rem 0 0.5rem; }
        h1 { font-size: 1.9rem; margin-block-start: 0; }
        h2 { font-size: 1.45rem; }
        h3 { font-size: 1.2rem; }
        h4, h5, h6 { font-size: 1.05rem; }
        p, ul, ol, dl { margin: 0 0 0.75rem; }
        a { color: var(--link); }
        a:focus-visible, .regie-table-wrap:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
        .regie-sub, .regie-source { color: var(--muted); font-size: 0.875rem; }
        .regie-source__label { font-weight: 700; }
        .utrecht-data-list { display: grid; grid-template-columns: minmax(9rem, 15rem) 1fr; gap: 0.25rem 1rem; }
        .utrecht-data-list__item { display: contents; }
        .utrecht-data-list__item-key { font-weight: 700; }
        .utrecht-data-list__item-value { margin: 0; overflow-wrap: anywhere; }
        .regie-report__header { border-block-end: 1px solid var(--rule); padding-block-end: 0.75rem; margin-block-end: 1rem; }
        .regie-report__contents ol ol { margin-block: 0.25rem; }
        .utrecht-alert { border-inline-start: 4px solid #1f5c99; background: #ecf3fa; padding: 0.6rem 0.9rem; margin: 0 0 0.75rem; }
        .utrecht-alert--warning { border-inline-start-color: #a85200; background: #fff3dc; font-weight: 700; }
        .utrecht-alert p { margin: 0; }
        .regie-table-wrap { overflow-x: auto; margin-block-end: 0.25rem; }
        table { border-collapse: collapse; inline-size: 100%; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
        caption { text-align: start; font-weight: 700; padding-block-end: 0.4rem; }
        th, td { text-align: start; vertical-align: top; padding: 0.3rem 0.5rem; border-block-end: 1px solid var(--rule); }
        thead th { background: #e6ecf2; border-block-end: 2px solid var(--muted); vertical-align: bottom; }
        .utrecht-table__header-cell--numeric-column, .utrecht-table__cell--numeric-data { text-align: end; white-space: nowrap; }
        .regie-report__date { white-space: nowrap; }
        .regie-page-sources { border-block-start: 1px solid var(--rule); margin-block-start: 2rem; }
        @media (max-width: 40rem) { .utrecht-data-list { grid-template-columns: 1fr; } }
        @page { size: A4; margin: 20mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-inline-size: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          .regie-report__contents { display: none; }
          .regie-table-wrap { overflow: visible; }
          thead { display: table-header-group; }
          tr, .utrecht-alert { break-inside: avoid; }
          h2, h3, h4, h5, h6, caption { break-after: avoid; }
        }
        """;
}
