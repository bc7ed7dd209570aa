// domainguard for Plesk. Plesk loads this file on every page; it does nothing unless the page
// holds a domainguard form (the extension's close and transfer pages of a domain). There it
// loads the module (htdocs/domainguard/panel.js, which imports domainguard.js and its wasm)
// with the policy and locale the server passes in PleskExt.Domainguard.Config
// (plib/hooks/ContentInclude.php).
//
// The browser check is a convenience: the extension's controller re-checks every POST with
// the native domainguard program and refuses what the rules block.
(function () {
  'use strict';

  function config() {
    var ext = window.PleskExt && window.PleskExt.Domainguard;
    return (ext && ext.Config) || {};
  }

  // Plesk refuses POSTs without its CSRF token; our forms are plain HTML, so copy it in.
  function addForgeryToken(form) {
    var meta = document.querySelector('meta[name="forgery_protection_token"]');
    if (!meta || form.querySelector('input[name="forgery_protection_token"]')) return;
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
    var cfg = config();
    window.domainguardPanel = { locale: cfg.locale, policy: cfg.policy, today: cfg.today };
    var url = cfg.moduleUrl || '/modules/domainguard/domainguard/panel.js';
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
