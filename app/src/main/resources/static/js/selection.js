// Draws the efficient frontier from the JSON in the canvas' data-frontier attribute.
(function () {
  function draw() {
    var canvas = document.getElementById('frontier-chart');
    if (!canvas || typeof Chart === 'undefined') return;
    var points = JSON.parse(canvas.getAttribute('data-frontier') || '[]');
    new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [{
          label: 'Best value',
          data: points.filter(function (p) { return p.value !== null; })
            .map(function (p) { return { x: p.budget, y: p.value, entering: p.entering }; }),
          stepped: 'before',
          borderColor: '#2f6f5e',
          backgroundColor: '#2f6f5e',
          pointRadius: 4
        }]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: true,
        scales: {
          x: { type: 'linear', title: { display: true, text: 'Total budget' } },
          y: { title: { display: true, text: 'Best value' } }
        },
        plugins: {
          tooltip: {
            callbacks: {
              afterLabel: function (ctx) {
                var e = ctx.raw.entering || [];
                return e.length ? 'Entering: ' + e.join(', ') : '';
              }
            }
          }
        }
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
