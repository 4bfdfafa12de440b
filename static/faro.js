// Quick exit: leave for a neutral site and replace this page in the history, on a click
// or on Shift pressed three times (Esc is avoided: it stops page loads).
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  if (!link) return;
  function leave(event) {
    if (event) event.preventDefault();
    document.body.className += ' leaving';
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  var presses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') { presses = []; return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
  // Coming back with the Back button must not show a half-hidden page.
  window.addEventListener('pageshow', function () {
    document.body.className = document.body.className.replace(' leaving', '');
  });
})();
