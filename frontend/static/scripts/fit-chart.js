// Skillpath's Chart.js charts as small custom elements; the data comes as JSON in the "data"
// attribute. Chart.js is loaded separately, from its webjar.
(function () {
  const LEVELS = ['0 none', '1 aware', '2 working', '3 proficient', '4 expert'];

  // long skill names as several lines, so that they fit beside the bars on a phone
  function wrap(label, width) {
    const lines = [];
    let line = '';
    for (const word of label.split(' ')) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    }
    lines.push(line);
    return lines;
  }

  /** Draws a Chart.js chart from the data attribute; subclasses say which chart. */
  class ChartElement extends HTMLElement {
    static get observedAttributes() {
      return ['data'];
    }

    connectedCallback() {
      this.render();
    }

    attributeChangedCallback() {
      this.render();
    }

    disconnectedCallback() {
      if (this.chart) {
        this.chart.destroy();
        this.chart = null;
      }
    }

    color(name, fallback) {
      return (getComputedStyle(this).getPropertyValue(name) || '').trim() || fallback;
    }

    render() {
      const json = this.getAttribute('data');
      if (!this.isConnected || !json) {
        return;
      }
      if (!window.Chart) {
        // Chart.js is a separate script; wait until it has run
        setTimeout(() => this.render(), 50);
        return;
      }
      if (!this.canvas) {
        this.canvas = document.createElement('canvas');
        this.appendChild(this.canvas);
      }
      if (this.chart) {
        this.chart.destroy();
      }
      this.chart = new window.Chart(this.canvas, this.config(JSON.parse(json)));
      this.setAttribute('data-rendered', 'true');
    }
  }

  // <skillpath-fit-chart data='{"labels":[...],"you":[...],"required":[...]}'>: your levels against
  // a role's required levels, as horizontal bars
  class SkillpathFitChart extends ChartElement {
    config(data) {
      return {
        type: 'bar',
        data: {
          labels: data.labels.map((label) => wrap(label, this.clientWidth < 500 ? 14 : 28)),
          datasets: [
            { label: 'You', data: data.you, backgroundColor: this.color('--sp-chart-you', '#1a73e8') },
            { label: 'Required', data: data.required, backgroundColor: this.color('--sp-chart-required', '#b0b8c4') }
          ]
        },
        options: {
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            y: { ticks: { autoSkip: false } },
            x: { min: 0, max: 4, ticks: { stepSize: 1, callback: (value) => LEVELS[value] ?? value } }
          },
          plugins: { legend: { position: 'bottom' } }
        }
      };
    }
  }

  // <skillpath-trend-chart data='{"labels":["2026-11-30",...],"fit":[12.5,...]}'>: the fit by week
  class SkillpathTrendChart extends ChartElement {
    config(data) {
      const color = this.color('--sp-chart-you', '#1a73e8');
      return {
        type: 'line',
        data: {
          labels: data.labels,
          datasets: [{ label: 'Fit', data: data.fit, borderColor: color, backgroundColor: color, tension: 0.2 }]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { min: 0, max: 100 } },
          plugins: { legend: { display: false } }
        }
      };
    }
  }

  if (!customElements.get('skillpath-fit-chart')) {
    customElements.define('skillpath-fit-chart', SkillpathFitChart);
  }
  if (!customElements.get('skillpath-trend-chart')) {
    customElements.define('skillpath-trend-chart', SkillpathTrendChart);
  }
})();
