// google.script for a sidebar or dialog page shown by the playground. The page runs unchanged in a
// sandboxed frame (an opaque origin, as HtmlService's iframe is another origin than the editor): its
// calls go by postMessage to the playground page, which sends them to the server over HTTP with its
// token and posts the answer back. The page never sees the token.
//
// As in Apps Script (developers.google.com/apps-script/guides/html/reference/run): every
// withSuccessHandler/withFailureHandler/withUserObject returns a new runner; a Date, a function or a
// DOM node in the arguments fails the call; the failure handler gets an Error.

export const bridgeScript = `(function () {
  'use strict';
  var pending = {};
  var seq = 0;
  function illegal(value, path, seen) {
    if (typeof value === 'function') return path + ' is a function';
    if (Object.prototype.toString.call(value) === '[object Date]') return path + ' is a Date';
    if (typeof Node !== 'undefined' && value instanceof Node) return path + ' is a DOM node';
    if (typeof value !== 'object' || value === null || seen.indexOf(value) >= 0) return '';
    seen.push(value);
    for (var key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      var found = illegal(value[key], path + '.' + key, seen);
      if (found) return found;
    }
    return '';
  }
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var m = event.data;
    if (!m || m.type !== 'gs-result' || !pending[m.id]) return;
    var call = pending[m.id];
    delete pending[m.id];
    if (m.ok) {
      if (call.success) call.success(m.value, call.userObject);
    } else if (call.failure) {
      var error = new Error(m.message);
      error.name = 'ScriptError';
      call.failure(error, call.userObject);
    } else if (window.console) {
      console.error('google.script.run: ' + m.message);
    }
  });
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, userObject); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var problem = illegal(args, 'arguments', []);
          var id = ++seq;
          pending[id] = { success: success, failure: failure, userObject: userObject };
          if (problem) {
            setTimeout(function () {
              window.dispatchEvent(new MessageEvent('message', {
                source: window.parent,
                data: { type: 'gs-result', id: id, ok: false, message: 'Failed due to illegal value: ' + problem + '.' }
              }));
            }, 0);
            return;
          }
          window.parent.postMessage({ type: 'gs-run', id: id, functionName: name, args: JSON.parse(JSON.stringify(args)) }, '*');
        };
      }
    });
  }
  var host = {
    close: function () { window.parent.postMessage({ type: 'gs-close' }, '*'); },
    setHeight: function () {},
    setWidth: function () {},
    editor: { focus: function () { window.parent.postMessage({ type: 'gs-focus' }, '*'); } }
  };
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: host,
    url: { getLocation: function (cb) { cb({ hash: '', parameter: {}, parameters: {} }); } }
  };
})();`;
