// The rule pickers of the scenario form offer only the ticked candidates. Without a ticked
// candidate the scenario takes every proposal under evaluation, so every proposal is offered.
// An option already chosen stays visible, so that a choice is never dropped unseen; the server
// names it if it is no longer a candidate.
(function () {
  function ticked() {
    var ids = {};
    var any = false;
    document.querySelectorAll('input[name="candidateIds"]').forEach(function (box) {
      if (box.checked) {
        ids[box.value] = true;
        any = true;
      }
    });
    return any ? ids : null;
  }

  function filter() {
    var ids = ticked();
    document.querySelectorAll('select.candidate-picker option').forEach(function (option) {
      if (!option.value) return;
      option.hidden = ids !== null && !ids[option.value] && !option.selected;
    });
  }

  function start() {
    var form = document.getElementById('scenario-form');
    if (!form) return;
    form.addEventListener('change', function (event) {
      if (event.target.name === 'candidateIds') filter();
    });
    filter();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
