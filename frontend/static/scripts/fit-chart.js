// <skillpath-fit-chart data='{"labels":[...],"you":[...],"required":[...]}'>: a horizontal bar chart of
// the user's levels against a role's required levels, drawn with Chart.js (loaded from its webjar).
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

  class SkillpathFitChart extends HTMLElement {
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
      const data = JSON.parse(json);
      if (!this.canvas) {
        this.canvas = document.createElement('canvas');
        this.appendChild(this.canvas);
      }
      if (this.chart) {
        this.chart.destroy();
      }
      const style = getComputedStyle(this);
      const color = (name, fallback) => (style.getPropertyValue(name) || '').trim() || fallback;
      this.chart = new window.Chart(this.canvas, {
        type: 'bar',
        data: {
          labels: data.labels.map((label) => wrap(label, this.clientWidth < 500 ? 14 : 28)),
          datasets: [
            { label: 'You', data: data.you, backgroundColor: color('--sp-chart-you', '#1a73e8') },
            { label: 'Required', data: data.required, backgroundColor: color('--sp-chart-required', '#b0b8c4') }
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
      });
      this.setAttribute('data-rendered', 'true');
    }
  }

  if (!customElements.get('skillpath-fit-chart')) {
    customElements.define('skillpath-fit-chart', SkillpathFitChart);
  }
})();

// <skillpath-trend-chart data='{"labels":["2026-11-30",...],"fit":[12.5,...]}'>: the fit by week as a line.
(function () {
  class SkillpathTrendChart extends HTMLElement {
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

    render() {
      const json = this.getAttribute('data');
      if (!this.isConnected || !json) {
        return;
      }
      if (!window.Chart) {
        setTimeout(() => this.render(), 50);
        return;
      }
      const data = JSON.parse(json);
      if (!this.canvas) {
        this.canvas = document.createElement('canvas');
        this.appendChild(this.canvas);
      }
      if (this.chart) {
        this.chart.destroy();
      }
      const color = (getComputedStyle(this).getPropertyValue('--sp-chart-you') || '').trim() || '#1a73e8';
      this.chart = new window.Chart(this.canvas, {
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
      });
      this.setAttribute('data-rendered', 'true');
    }
  }

  if (!customElements.get('skillpath-trend-chart')) {
    customElements.define('skillpath-trend-chart', SkillpathTrendChart);
  }
})();
