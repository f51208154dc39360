/*
 * google.script.run and google.script.host for the local preview. dev/preview/server.ts puts this
 * script first in the <head> of the add-on's sidebar or dialog HTML. It behaves like Apps Script's
 * client API so the preview does not lie:
 *   - google.script.run.withSuccessHandler(f).withFailureHandler(g).withUserObject(o).anyFunction(arg)
 *     is chainable, returns nothing and runs asynchronously; each with… call makes a new runner;
 *   - arguments may be primitives, null, plain objects, arrays and a <form>; a Date (or a function)
 *     anywhere in them is refused: the failure handler gets an Error and the server is not called;
 *   - arguments and results cross JSON (undefined in arrays becomes null);
 *   - a server error reaches the failure handler as an Error whose message is the server's message;
 *   - google.script.host.close() closes the sidebar/dialog in the preview page.
 * After every call the page is told to redraw the spreadsheet (postMessage).
 */
/* global document, fetch, FormData, HTMLFormElement, Node, window -- runs in the browser */
(function () {
  'use strict';
  var script = document.currentScript;
  var hostKind = (script && script.getAttribute('data-host')) || 'sidebar';

  function tellPage(message) {
    if (window.parent === window) return;
    message.source = 'dong-case-preview';
    message.host = hostKind;
    window.parent.postMessage(message, '*');
  }

  function isForm(value) {
    return typeof HTMLFormElement !== 'undefined' && value instanceof HTMLFormElement;
  }

  /** A form's named fields as a plain object, as Apps Script sends them (files are not supported here). */
  function formToObject(form) {
    var result = {};
    new FormData(form).forEach(function (value, key) {
      var text = typeof value === 'string' ? value : value.name;
      if (Object.prototype.hasOwnProperty.call(result, key)) {
        result[key] = [].concat(result[key], text);
      } else {
        result[key] = text;
      }
    });
    return result;
  }

  /** The path of the first value google.script.run refuses, or null. */
  function illegalPath(value, path, seen) {
    var where = path || 'argument';
    if (Object.prototype.toString.call(value) === '[object Date]')
      return where + ' (Date: send "YYYY-MM-DD" text)';
    if (typeof value === 'function') return where + ' (function)';
    if (typeof value === 'symbol' || typeof value === 'bigint') return where + ' (' + typeof value + ')';
    if (value === null || typeof value !== 'object') return null;
    if (typeof Node !== 'undefined' && value instanceof Node) return where + ' (DOM element)';
    if (seen.indexOf(value) >= 0) return where + ' (circular)';
    seen.push(value);
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      var found = illegalPath(value[keys[i]], path ? path + '.' + keys[i] : keys[i], seen);
      if (found) return found;
    }
    seen.pop();
    return null;
  }

  function later(fn) {
    // Handlers run on their own turn, as in Apps Script: an exception in one is an ordinary uncaught error.
    setTimeout(fn, 0);
  }

  function deliverFailure(handlers, error) {
    later(function () {
      if (handlers.failure) handlers.failure(error, handlers.userObject);
      else console.error('google.script.run failure (no failure handler):', error);
    });
  }

  function invoke(name, args, handlers) {
    args = args.map(function (arg) {
      return isForm(arg) ? formToObject(arg) : arg;
    });
    for (var i = 0; i < args.length; i++) {
      var illegal = illegalPath(args[i], args.length > 1 ? String(i) : '', []);
      if (illegal !== null) {
        deliverFailure(handlers, new Error('Failed due to illegal value in property: ' + illegal));
        return;
      }
    }
    fetch('/api/run/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: args }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('Preview server error: HTTP ' + response.status);
        return response.json();
      })
      .then(
        function (outcome) {
          tellPage({ type: 'ran', name: name, ok: outcome.ok });
          if (outcome.ok) {
            later(function () {
              if (handlers.success) handlers.success(outcome.result, handlers.userObject);
            });
          } else {
            var error = new Error(outcome.error.message);
            error.name = outcome.error.name || 'ScriptError';
            deliverFailure(handlers, error);
          }
        },
        function (networkError) {
          tellPage({ type: 'ran', name: name, ok: false });
          deliverFailure(
            handlers,
            new Error('NetworkError: Connection failure (' + networkError.message + ')'),
          );
        },
      );
  }

  function runner(handlers) {
    return new Proxy(
      {},
      {
        get: function (_target, property) {
          // Not a thenable, not a primitive: only function names are calls.
          if (typeof property !== 'string' || property === 'then' || property === 'toJSON') return undefined;
          function withHandler(key) {
            return function (value) {
              var next = {
                success: handlers.success,
                failure: handlers.failure,
                userObject: handlers.userObject,
              };
              next[key] = value;
              return runner(next);
            };
          }
          if (property === 'withSuccessHandler') return withHandler('success');
          if (property === 'withFailureHandler') return withHandler('failure');
          if (property === 'withUserObject') return withHandler('userObject');
          return function () {
            invoke(property, Array.prototype.slice.call(arguments), handlers);
          };
        },
      },
    );
  }

  var google = (window.google = window.google || {});
  google.script = {
    run: runner({}),
    host: {
      origin: window.location.origin,
      close: function () {
        tellPage({ type: 'close' });
      },
      setHeight: function (height) {
        tellPage({ type: 'resize', height: height });
      },
      setWidth: function (width) {
        tellPage({ type: 'resize', width: width });
      },
      editor: {
        focus: function () {
          tellPage({ type: 'focus-editor' });
        },
      },
    },
    url: {
      getLocation: function (callback) {
        later(function () {
          callback({ hash: '', parameter: {}, parameters: {} });
        });
      },
    },
    history: { push: function () {}, replace: function () {}, setChangeHandler: function () {} },
  };

  // Links to Google Docs cannot open offline: show the fake's document on the preview's documents page.
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    var match = link && /^https:\/\/docs\.google\.com\/document\/d\/([^/]+)/.exec(link.getAttribute('href'));
    if (!match) return;
    event.preventDefault();
    window.open('/documents#' + encodeURIComponent(match[1]), '_blank');
  });
})();
