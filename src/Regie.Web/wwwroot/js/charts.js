// Renders every <figure data-vega-spec="…"> with vega-embed (ADR 0003).
// The attribute holds inline Vega-Lite JSON or a same-origin URL of a spec.
// CSP-safe: `ast: true` + vega-interpreter evaluates expressions without eval/new Function.
import { expressionInterpreter } from '/lib/vega-interpreter/vega-interpreter.js';

const lang = document.documentElement.lang === 'en' ? 'en' : 'nl';

const text = {
  nl: { svg: 'Grafiek opslaan als SVG', png: 'Grafiek opslaan als PNG', failed: 'De grafiek kon niet worden getekend; de tabel eronder bevat dezelfde cijfers.' },
  en: { svg: 'Save chart as SVG', png: 'Save chart as PNG', failed: 'The chart could not be drawn; the table below holds the same figures.' },
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

// Export buttons of our own: vega-embed's action links only work with a mouse (they set href on mousedown).
function addExportButtons(figure, target, view) {
  const group = document.createElement('div');
  group.className = 'utrecht-button-group regie-chart__export';
  for (const type of ['svg', 'png']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'utrecht-button utrecht-button--subtle';
    button.textContent = text[type];
    button.addEventListener('click', async () => {
      const link = document.createElement('a');
      link.href = await view.toImageURL(type, type === 'png' ? 2 : 1);
      link.download = `${figure.id || 'regie-grafiek'}.${type}`;
      document.body.append(link);
      link.click();
      link.remove();
    });
    group.append(button);
  }
  target.after(group);
}

async function render(figure) {
  const target = figure.querySelector('.regie-chart__canvas');
  if (!target) {
    return;
  }
  try {
    const spec = await loadSpec(figure.dataset.vegaSpec);
    const result = await window.vegaEmbed(target, spec, {
      renderer: 'svg',
      ast: true,
      expr: expressionInterpreter,
      defaultStyle: false,
      tooltip: false,
      formatLocale,
      actions: false,
    });
    addExportButtons(figure, target, result.view);
    figure.classList.add('regie-chart--ready');
  } catch (error) {
    target.textContent = text.failed;
    console.error('Regie chart', error);
  }
}

for (const figure of document.querySelectorAll('figure[data-vega-spec]')) {
  render(figure);
}
