// Security headers for every response, the API's and the page's: a CSP that allows no
// inline script, no framing, no MIME sniffing, and no full URLs leaked in Referer.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** The page's Content-Security-Policy: everything from this origin, nothing inline, no frames. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // The built page has one stylesheet file; Preact sets style properties through the
  // CSSOM, which style-src does not govern, so no 'unsafe-inline' is needed.
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Middleware setting the security headers; apply with `app.use('*', securityHeaders())`. */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    referrerPolicy: 'strict-origin-when-cross-origin',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY',
    // Served over plain http on a laptop as often as behind TLS: HSTS belongs to the proxy.
    strictTransportSecurity: false,
  });
}
