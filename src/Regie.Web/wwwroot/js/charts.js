// Renders every <figure data-vega-spec="…"> with vega-embed (ADR 0003).
// The attribute holds inline Vega-Lite JSON or a same-origin URL of a spec.
// CSP-safe: `ast: true` + vega-interpreter evaluates expressions without eval/new Function.
import { expressionInterpreter } from '/lib/vega-interpreter/vega-interpreter.js';

const lang = document.documentElement.lang === 'en' ? 'en' : 'nl';

const text = {
  nl: { SVG_ACTION: 'Opslaan als SVG', PNG_ACTION: 'Opslaan als PNG', CLICK_TO_VIEW_ACTIONS: 'Exportopties', failed: 'De grafiek kon niet worden getekend; de tabel eronder bevat dezelfde cijfers.' },
  en: { SVG_ACTION: 'Save as SVG', PNG_ACTION: 'Save as PNG', CLICK_TO_VIEW_ACTIONS: 'Export options', failed: 'The chart could not be drawn; the table below holds the same figures.' },
}[lang];

// d3-format locales, so axis labels match the tables (nl: 1.234,5).
const formatLocale = {
  nl: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''], percent: '%' },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''], percent: '%' },
}[lang];

async function loadSpec(source) {
  const trimmed = source.trim();
  if (trimmed.startsWith('{')) {
    return JSON.parse(trimmed);
  }
  const response = await fetch(trimmed, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`${response.status} ${response.statusText}`);
  }
  return response.json();
}

async function render(figure) {
  const target = figure.querySelector('.regie-chart__canvas');
  if (!target) {
    return;
  }
  try {
    const spec = await loadSpec(figure.dataset.vegaSpec);
    await window.vegaEmbed(target, spec, {
      renderer: 'svg',
      ast: true,
      expr: expressionInterpreter,
      defaultStyle: false,
      tooltip: false,
      formatLocale,
      i18n: text,
      downloadFileName: figure.id || 'regie-grafiek',
      actions: { export: { svg: true, png: true }, source: false, compiled: false, editor: false },
    });
    figure.classList.add('regie-chart--ready');
  } catch (error) {
    target.textContent = text.failed;
    console.error('Regie chart', error);
  }
}

for (const figure of document.querySelectorAll('figure[data-vega-spec]')) {
  render(figure);
}
