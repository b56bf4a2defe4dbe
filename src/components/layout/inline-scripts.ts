/*
 * The only JavaScript the portal's own pages need, inlined so it costs no request. The first
 * runs in <head> before paint, so a reader's chosen text size never makes the page jump, and a
 * reader whose browser already holds the web fonts gets them from the first paint: it marks
 * `data-fonts="web"` and preloads the two files named by the (already parsed, inlined)
 * @font-face rules of the families in <meta name="web-fonts">. A preloaded `optional` font holds
 * the first paint until it is read from the cache (Chromium: at most 100 ms, then the fallback
 * for that page, without a later jump); merely used from CSS it is asked for only at the first
 * layout and usually missed the paint in tests.
 */
export const TEXT_SIZE_KEY = 'portal-text-size'

/** Set once the web fonts were downloaded after a page's `load` (see src/styles/fonts.ts). */
export const WEB_FONTS_KEY = 'portal-web-fonts'

export const headScript = `try{var d=document,r=d.documentElement,s=localStorage.getItem('${TEXT_SIZE_KEY}');if(s==='sm'||s==='lg')r.setAttribute('data-text-size',s);if(localStorage.getItem('${WEB_FONTS_KEY}')==='1'){r.setAttribute('data-fonts','web');var m=d.querySelector('meta[name="web-fonts"]'),n=m?(m.getAttribute('content')||'').split(','):[];[].forEach.call(d.styleSheets,function(t){try{[].forEach.call(t.cssRules,function(u){if(!(u instanceof CSSFontFaceRule)||n.indexOf(u.style.getPropertyValue('font-family').replace(/["']/g,''))<0)return;var h=/url\\(["']?([^"')]+)/.exec(u.style.getPropertyValue('src'));if(!h)return;var l=d.createElement('link');l.rel='preload';l.as='font';l.type='font/woff2';l.crossOrigin='';l.href=h[1];d.head.appendChild(l)})}catch(x){}})}}catch(e){}`

// Text size buttons, "copy link" and closing the menu's open group (Escape, a click or focus
// elsewhere): progressive enhancements wired by event delegation. Then,
// the national monitoring (EMC) script when the site settings name one: the page carries its URL
// in <meta name="emc-script"> and this hash-allowed script adds the <script src>, which CSP's
// 'strict-dynamic' trusts; a nonce on the page itself would keep it out of the page cache.
// Last, on a page painted without the web fonts: once it has loaded, painted its first content
// (the load event can come before the first paint on a slow phone) and gone idle, download the
// families named in <meta name="web-fonts"> (document.fonts.load fetches a face without applying
// it; the text 'aơ' reaches both the Latin and the Vietnamese unicode-range) and, when every
// family got its face, note it for the head script of the next page.
export const bodyScript = `(function(){var d=document,r=d.documentElement;function mark(){var c=r.getAttribute('data-text-size')||'md';d.querySelectorAll('[data-text-size-set]').forEach(function(b){b.setAttribute('aria-pressed',String(b.getAttribute('data-text-size-set')===c))})}mark();var G='details[data-nav-group]';function shut(k){d.querySelectorAll(G+'[open]').forEach(function(g){if(g!==k)g.removeAttribute('open')})}d.addEventListener('keydown',function(e){if(e.key!=='Escape')return;var o=d.querySelector(G+'[open]');if(o){o.removeAttribute('open');var q=o.querySelector('summary');if(q)q.focus()}});d.addEventListener('focusin',function(e){var t=e.target;shut(t instanceof Element?t.closest(G):null)});d.addEventListener('click',function(e){var t=e.target;if(!(t instanceof Element))return;shut(t.closest(G));var b=t.closest('[data-text-size-set]');if(b){var v=b.getAttribute('data-text-size-set');if(v==='md')r.removeAttribute('data-text-size');else r.setAttribute('data-text-size',v);try{localStorage.setItem('${TEXT_SIZE_KEY}',v)}catch(x){}mark();return}if(t.closest('[data-print]')){window.print();return}var c=t.closest('[data-copy-link]');if(c){e.preventDefault();var u=c.getAttribute('data-copy-link');var s=c.querySelector('[data-copy-status]');var done=function(){if(s)s.textContent='Đã sao chép liên kết'};if(navigator.clipboard)navigator.clipboard.writeText(u).then(done,function(){window.prompt('Sao chép liên kết:',u)});else window.prompt('Sao chép liên kết:',u)}});var m=d.querySelector('meta[name="emc-script"]');if(m){var e=d.createElement('script');e.src=m.getAttribute('content')||'';e.async=true;d.body.appendChild(e)}var w=d.querySelector('meta[name="web-fonts"]');if(w&&d.fonts&&!r.hasAttribute('data-fonts')){var f=function(){Promise.all((w.getAttribute('content')||'').split(',').map(function(n){return d.fonts.load('1em "'+n+'"','aơ')})).then(function(l){if(l.length&&l.every(function(x){return x.length>0}))try{localStorage.setItem('${WEB_FONTS_KEY}','1')}catch(x){}},function(){})};var i=function(){if(window.requestIdleCallback)requestIdleCallback(f,{timeout:3000});else setTimeout(f,200)};var p=function(){var P=window.PerformanceObserver;if(!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf('paint')<0)return i();new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();i()}}).observe({type:'paint',buffered:true})};if(d.readyState==='complete')p();else addEventListener('load',p)}})()`

// Only on a page in an editor's preview (draft mode), which Payload's live preview frames beside
// the form: after each save or autosave the admin posts 'payload-document-event' to the frame, and
// the page reloads to show the newest draft (server-rendered, no client framework to re-render).
// Messages from any other origin are ignored.
export const previewScript = `(function(){var t=0;addEventListener('message',function(e){if(e.origin!==location.origin||!e.data||e.data.type!=='payload-document-event')return;var n=Date.now();if(n-t<1000)return;t=n;location.reload()})})()`
