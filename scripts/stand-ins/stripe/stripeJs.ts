import { TEST_PAYMENT_METHODS } from './resources'

/**
 * A stand-in for Stripe.js (served at /v3), enough for a card SetupIntent: `Stripe(pk)`, `elements()`,
 * `elements.create('card')` with `mount`, `on('change')`, `focus`, `clear`, `destroy`, and `confirmCardSetup` /
 * `retrieveSetupIntent`, which talk to the stand-in with the publishable key like the real one talks to Stripe.
 * The card field is a plain text input: type a test card number or a test payment method name.
 */
export function stripeJsSource(apiBase: string): string {
  const testCards = Object.fromEntries(Object.entries(TEST_PAYMENT_METHODS).map(([id, card]) => [card.number, id]))
  return `/* Stripe.js stand-in (scripts/stand-ins/stripe): test cards only, no real payments. */
(function () {
  'use strict';
  var API = ${JSON.stringify(apiBase)};
  var TEST_CARDS = ${JSON.stringify(testCards)};
  var TEST_METHODS = ${JSON.stringify(Object.keys(TEST_PAYMENT_METHODS))};

  function paymentMethodFor(value) {
    var trimmed = String(value || '').trim();
    if (TEST_METHODS.indexOf(trimmed) !== -1) return trimmed;
    return TEST_CARDS[trimmed.replace(/[\\s-]/g, '')] || null;
  }

  function form(data) {
    return Object.keys(data).filter(function (key) { return data[key] != null; }).map(function (key) {
      return encodeURIComponent(key) + '=' + encodeURIComponent(data[key]);
    }).join('&');
  }

  function request(key, method, path, data) {
    var url = API + path + (method === 'GET' && data ? '?' + form(data) : '');
    return fetch(url, {
      method: method,
      headers: { 'Authorization': 'Bearer ' + key, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: method === 'GET' ? undefined : form(data || {})
    }).then(function (response) {
      return response.json().then(function (body) { return body.error ? { error: body.error } : { setupIntent: body }; });
    }, function (error) {
      return { error: { type: 'api_connection_error', message: 'We could not reach Stripe (stand-in): ' + error.message } };
    });
  }

  function CardElement(options) {
    this._listeners = {};
    this._options = options || {};
    this._container = null;
    this._input = document.createElement('input');
    this._input.type = 'text';
    this._input.name = 'cardnumber';
    this._input.autocomplete = 'cc-number';
    this._input.placeholder = '4242 4242 4242 4242';
    this._input.setAttribute('aria-label', (this._options.ariaLabel) || 'Card number');
    this._input.setAttribute('data-stripe-stand-in', 'card');
    this._input.style.cssText = 'width:100%;box-sizing:border-box;font:inherit;padding:8px;border:1px solid #aab;border-radius:4px';
    var self = this;
    this._input.addEventListener('input', function () { self._emit('change', self._state()); });
    this._input.addEventListener('focus', function () { self._emit('focus', { elementType: 'card' }); });
    this._input.addEventListener('blur', function () { self._emit('blur', { elementType: 'card' }); });
  }
  CardElement.prototype._state = function () {
    var value = this._input.value;
    var complete = paymentMethodFor(value) !== null;
    var digits = value.replace(/[\\s-]/g, '');
    var error = !complete && digits.length >= 16
      ? { type: 'validation_error', code: 'invalid_number', message: 'Your card number is invalid.' }
      : undefined;
    return { elementType: 'card', empty: value.trim() === '', complete: complete, error: error, brand: complete ? 'visa' : 'unknown', value: {} };
  };
  CardElement.prototype._emit = function (event, payload) {
    (this._listeners[event] || []).forEach(function (handler) { handler(payload); });
  };
  CardElement.prototype.on = function (event, handler) {
    (this._listeners[event] = this._listeners[event] || []).push(handler);
    return this;
  };
  CardElement.prototype.off = function (event, handler) {
    this._listeners[event] = (this._listeners[event] || []).filter(function (h) { return h !== handler; });
    return this;
  };
  CardElement.prototype.mount = function (target) {
    var element = typeof target === 'string' ? document.querySelector(target) : target;
    if (!element) throw new Error('Stripe stand-in: mount target not found: ' + target);
    this._container = element;
    element.appendChild(this._input);
    var hint = document.createElement('small');
    hint.textContent = 'Test card (Stripe stand-in): 4242 4242 4242 4242, 4000 0000 0000 0002 (declined), 4000 0027 6000 3184 (authentication).';
    hint.style.cssText = 'display:block;opacity:.7;margin-top:4px';
    element.appendChild(hint);
    this._hint = hint;
    this._emit('ready', { elementType: 'card' });
  };
  CardElement.prototype.unmount = function () {
    if (this._input.parentNode) this._input.parentNode.removeChild(this._input);
    if (this._hint && this._hint.parentNode) this._hint.parentNode.removeChild(this._hint);
  };
  CardElement.prototype.destroy = CardElement.prototype.unmount;
  CardElement.prototype.focus = function () { this._input.focus(); };
  CardElement.prototype.blur = function () { this._input.blur(); };
  CardElement.prototype.clear = function () { this._input.value = ''; this._emit('change', this._state()); };
  CardElement.prototype.update = function (options) { Object.assign(this._options, options || {}); };

  function Elements(stripe) { this._stripe = stripe; this._elements = {}; }
  Elements.prototype.create = function (type, options) {
    if (type !== 'card' && type !== 'cardNumber') throw new Error('Stripe stand-in: only the card element is available, not "' + type + '".');
    var element = new CardElement(options);
    this._elements[type] = element;
    return element;
  };
  Elements.prototype.getElement = function (type) { return this._elements[type] || null; };

  function authenticate(setupIntent) {
    return new Promise(function (resolve) {
      var dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('aria-label', '3D Secure test authentication');
      dialog.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center;z-index:2147483647';
      var box = document.createElement('div');
      box.style.cssText = 'background:#fff;color:#222;padding:24px;border-radius:8px;max-width:360px;font:16px sans-serif';
      box.innerHTML = '<p><strong>3D Secure test authentication</strong></p><p>Stripe stand-in: complete or fail the authentication of this test card.</p>';
      ['complete', 'fail'].forEach(function (outcome) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = outcome === 'complete' ? 'Complete authentication' : 'Fail authentication';
        button.style.cssText = 'margin:4px;padding:8px 12px';
        button.addEventListener('click', function () { document.body.removeChild(dialog); resolve(outcome); });
        box.appendChild(button);
      });
      dialog.appendChild(box);
      document.body.appendChild(dialog);
      box.querySelector('button').focus();
    });
  }

  function Stripe(publishableKey, options) {
    if (!(this instanceof Stripe)) return new Stripe(publishableKey, options);
    if (typeof publishableKey !== 'string' || publishableKey.indexOf('pk_') !== 0) {
      throw new Error('Stripe stand-in: Stripe() needs a publishable key starting with pk_.');
    }
    this._key = publishableKey;
  }
  Stripe.prototype.elements = function () { return new Elements(this); };
  Stripe.prototype.retrieveSetupIntent = function (clientSecret) {
    var id = String(clientSecret).split('_secret_')[0];
    return request(this._key, 'GET', '/v1/setup_intents/' + id, { client_secret: clientSecret });
  };
  Stripe.prototype.confirmCardSetup = function (clientSecret, data) {
    var key = this._key;
    var id = String(clientSecret || '').split('_secret_')[0];
    var method = data && data.payment_method;
    var paymentMethod = typeof method === 'string' ? method : method && method.card instanceof CardElement ? paymentMethodFor(method.card._input.value) : null;
    if (!paymentMethod) {
      var empty = !(method && method.card instanceof CardElement) || method.card._input.value.trim() === '';
      return Promise.resolve({ error: {
        type: 'validation_error',
        code: empty ? 'incomplete_number' : 'invalid_number',
        message: empty ? 'Your card number is incomplete.' : 'Your card number is invalid.'
      } });
    }
    return request(key, 'POST', '/v1/setup_intents/' + id + '/confirm', { payment_method: paymentMethod, client_secret: clientSecret })
      .then(function (result) {
        if (result.error || result.setupIntent.status !== 'requires_action') return result;
        return authenticate(result.setupIntent).then(function (outcome) {
          return request(key, 'POST', '/v1/setup_intents/' + id + '/stand_in_authenticate', { client_secret: clientSecret, outcome: outcome });
        }).then(function (authenticated) {
          if (authenticated.error) return authenticated;
          var intent = authenticated.setupIntent;
          if (intent.status === 'succeeded') return authenticated;
          var error = intent.last_setup_error || {};
          return { error: { type: error.type || 'invalid_request_error', code: error.code, message: error.message, setup_intent: intent } };
        });
      });
  };

  window.Stripe = Stripe;
})();
`
}
