/* trustmap operator page: filter boxes and sortable columns. Everything is already in the page; this only hides
   and reorders rows, so the page reads the same with scripts off. */
(function () {
  'use strict';
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) { return ''; }
    return (cell.getAttribute('data-sort') || cell.textContent).trim();
  }

  function compare(a, b) {
    var x = Number(a.replace(/,/g, '')), y = Number(b.replace(/,/g, ''));
    if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) { return x - y; }
    return a.localeCompare(b);
  }

  each(document.querySelectorAll('table.sortable'), function (table) {
    if (!table.tHead) { return; }
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, column) {
      th.tabIndex = 0;
      th.className += ' sortable-column';
      function sort() {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        each(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        each(table.tBodies, function (body) {
          var rows = Array.prototype.filter.call(body.rows, function (r) { return !r.classList.contains('group'); });
          rows.sort(function (r1, r2) { return compare(key(r1, column), key(r2, column)) * (ascending ? 1 : -1); });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
      });
    });
  });

  each(document.querySelectorAll('input.filter-input'), function (input) {
    var target = document.getElementById(input.getAttribute('data-target'));
    if (!target) { return; }
    input.closest('.filter').hidden = false;
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      each(target.querySelectorAll('tbody'), function (body) {
        var shown = 0;
        each(body.rows, function (row) {
          if (row.classList.contains('group')) { return; }
          var text = row.textContent.toLowerCase();
          row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
          if (!row.hidden) { shown++; }
        });
        each(body.querySelectorAll('tr.group'), function (g) { g.hidden = shown === 0; });
      });
    });
  });
}());
