// Keukentafel in an iframe: this tiny script goes on the HOST page (copy it
// to your own site, so `script-src 'self'` covers it). It sizes each
// `<iframe data-keukentafel-frame>` to its content, so the page has one
// scroll bar, and brings the frame's top into view when the intake moves
// to another screen, and does the frame's quick exit for the whole page
// (replaces it with the neutral page the frame names). It only listens to messages from the frame's own
// origin and window.
const frames = () => [...document.querySelectorAll('iframe[data-keukentafel-frame]')];

addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object' || typeof data.keukentafel !== 'string') return;
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== new URL(frame.src, location.href).origin) return;
  if (data.keukentafel === 'height' && Number.isFinite(data.height) && data.height > 0) {
    // CSSOM, not a style attribute: a strict style-src allows it.
    frame.style.setProperty('height', `${Math.ceil(data.height)}px`);
  } else if (data.keukentafel === 'exit' && typeof data.url === 'string' && /^https?:\/\/[^/?#:@\s]/i.test(data.url)) {
    // Quick exit in the frame: the whole page goes, and Back does not return.
    document.documentElement.hidden = true;
    location.replace(data.url);
  } else if (data.keukentafel === 'navigated') {
    if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
  }
});
