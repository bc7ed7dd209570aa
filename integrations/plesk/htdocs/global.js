// domainguard for Plesk. Plesk loads this file on every page; it does nothing unless the page
// holds a domainguard form (the extension's close and transfer pages of a domain). There it
// loads the module (htdocs/domainguard/panel.js, which imports domainguard.js and its wasm)
// from the form's data-domainguard-module-url; locale, policy and today are the form's own
// data attributes, written by the server. The CSRF token is in the form already (server-side);
// only a form without one gets it copied from Plesk's <meta name="forgery_protection_token">.
//
// The browser check is a convenience: the extension's controller re-checks every POST with
// the native domainguard program and refuses what the rules block.
(function () {
  'use strict';

  // Plesk refuses POSTs without its CSRF token; the server renders it into the form. Only a
  // form with an empty one gets the page's token.
  function addForgeryToken(form) {
    var meta = document.querySelector('meta[name="forgery_protection_token"]');
    var present = form.querySelector('input[name="forgery_protection_token"]');
    if (!meta || (present && present.value)) return;
    if (present) {
      present.value = meta.getAttribute('content') || '';
      return;
    }
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = 'forgery_protection_token';
    input.value = meta.getAttribute('content') || '';
    form.appendChild(input);
  }

  function start() {
    var forms = document.querySelectorAll('form[data-domainguard-panel]');
    if (!forms.length) return;
    for (var i = 0; i < forms.length; i++) addForgeryToken(forms[i]);
    var url = forms[0].getAttribute('data-domainguard-module-url') || '/modules/domainguard/domainguard/panel.js';
    import(url).catch(function (err) {
      if (window.console) window.console.error('domainguard: could not load ' + url, err);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
