/*
 * The only JavaScript the portal's own pages need, inlined so it costs no request. The first
 * runs in <head> before paint, so a reader's chosen text size never makes the page jump.
 */
export const TEXT_SIZE_KEY = 'portal-text-size'

export const headScript = `try{var s=localStorage.getItem('${TEXT_SIZE_KEY}');if(s==='sm'||s==='lg')document.documentElement.setAttribute('data-text-size',s)}catch(e){}`

// Text size buttons, "copy link" and closing the menu's open group (Escape, a click or focus
// elsewhere): progressive enhancements wired by event delegation. Last,
// the national monitoring (EMC) script when the site settings name one: the page carries its URL
// in <meta name="emc-script"> and this hash-allowed script adds the <script src>, which CSP's
// 'strict-dynamic' trusts; a nonce on the page itself would keep it out of the page cache.
export const bodyScript = `(function(){var d=document,r=d.documentElement;function mark(){var c=r.getAttribute('data-text-size')||'md';d.querySelectorAll('[data-text-size-set]').forEach(function(b){b.setAttribute('aria-pressed',String(b.getAttribute('data-text-size-set')===c))})}mark();var G='details[data-nav-group]';function shut(k){d.querySelectorAll(G+'[open]').forEach(function(g){if(g!==k)g.removeAttribute('open')})}d.addEventListener('keydown',function(e){if(e.key!=='Escape')return;var o=d.querySelector(G+'[open]');if(o){o.removeAttribute('open');var q=o.querySelector('summary');if(q)q.focus()}});d.addEventListener('focusin',function(e){var t=e.target;shut(t instanceof Element?t.closest(G):null)});d.addEventListener('click',function(e){var t=e.target;if(!(t instanceof Element))return;shut(t.closest(G));var b=t.closest('[data-text-size-set]');if(b){var v=b.getAttribute('data-text-size-set');if(v==='md')r.removeAttribute('data-text-size');else r.setAttribute('data-text-size',v);try{localStorage.setItem('${TEXT_SIZE_KEY}',v)}catch(x){}mark();return}if(t.closest('[data-print]')){window.print();return}var c=t.closest('[data-copy-link]');if(c){e.preventDefault();var u=c.getAttribute('data-copy-link');var s=c.querySelector('[data-copy-status]');var done=function(){if(s)s.textContent='Đã sao chép liên kết'};if(navigator.clipboard)navigator.clipboard.writeText(u).then(done,function(){window.prompt('Sao chép liên kết:',u)});else window.prompt('Sao chép liên kết:',u)}});var m=d.querySelector('meta[name="emc-script"]');if(m){var e=d.createElement('script');e.src=m.getAttribute('content')||'';e.async=true;d.body.appendChild(e)}})()`

// Only on a page in an editor's preview (draft mode), which Payload's live preview frames beside
// the form: after each save or autosave the admin posts 'payload-document-event' to the frame, and
// the page reloads to show the newest draft (server-rendered, no client framework to re-render).
// Messages from any other origin are ignored.
export const previewScript = `(function(){var t=0;addEventListener('message',function(e){if(e.origin!==location.origin||!e.data||e.data.type!=='payload-document-event')return;var n=Date.now();if(n-t<1000)return;t=n;location.reload()})})()`
