import uPlot from 'uplot';

/**
 * `<tr-chart>`: a uPlot chart of daily series. Set `.data = {days: ['2026-12-01', …], series: [{label, values,
 * color}], kind: 'bars'|'lines'}`; it draws to its own width and redraws when resized.
 */
class Chart extends HTMLElement {
  set data(data) {
    this._data = data;
    this.draw();
  }

  connectedCallback() {
    this.resize = new ResizeObserver(() => this.draw());
    this.resize.observe(this);
  }

  disconnectedCallback() {
    this.resize?.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }

  draw() {
    const data = this._data;
    const width = Math.max(280, this.clientWidth || 600);
    if (!data || !this.isConnected) {
      return;
    }
    this.plot?.destroy();
    const xs = data.days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
    const bars = data.kind === 'bars' ? uPlot.paths.bars({ size: [0.7, 40] }) : undefined;
    this.plot = new uPlot({
      width,
      height: 200,
      series: [{ label: 'Day', value: (_, seconds) => (seconds === null ? '' : new Date(seconds * 1000).toISOString().slice(0, 10)) },
        ...data.series.map((series) => ({ label: series.label, stroke: series.color, fill: bars ? series.color : undefined, width: 2, paths: bars }))],
      axes: [{}, { size: 50 }],
      scales: { x: { time: true } },
      legend: { live: false },
    }, [xs, ...data.series.map((series) => series.values)], this);
  }
}

customElements.define('tr-chart', Chart);
