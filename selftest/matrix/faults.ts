// What each twin fault must break, and why. `test` is a fragment of the test id (`project › file › describe ›
// title`); `because` is a fragment of the failure message that proves the check failed for this fault's reason,
// not by accident. `projects`: where the fault can show. `specs`: the spec files it can affect, so `npm test` runs
// only those after the setup chain (preflight → login → setup always runs whole); `npm run selftest -- --full`
// ignores `specs` and runs every desktop spec, which is how these scopes are audited.
export interface FaultCase {
  fault: string;
  projects: string[];
  specs?: string[];
  mustFail: Array<{ test: string; because: string }>;
}

const DESKTOP = ['desktop'];
const spec = (name: string) => `tests/${name}.spec.ts`;

const PREFLIGHT = 'preflight › preflight.spec.ts › Target reachable › ';
const GATE_LOGIN = 'login › admin-login.spec.ts › Admin login › ';
const GATE_CORS = 'login › admin-login.spec.ts › CORS › ';
const COOKIES = 'desktop › login-cookies.spec.ts › Cookies and logout › ';
const USERS = 'desktop › users.spec.ts › Users through /app/usuarios › ';
const FLOW = 'desktop › flow.spec.ts › 4. REGISTRADO';
const OVERRIDE_CERRADO = 'desktop › override.spec.ts › 8. Override as admin › on a CERRADO solicitud';
const OVERRIDE_CANCELADO = 'desktop › override.spec.ts › 8. Override as admin › on a CANCELADO solicitud';
const FILES = 'desktop › files.spec.ts › 5. Upload and download a file › ';
const REPORTS_ADMIN = 'desktop › reports.spec.ts › 6. Admin reports (the charts load) › the admin sees';
const REPORTS_NON_ADMIN = 'desktop › reports.spec.ts › 6. Admin reports (the charts load) › a non-admin';
const MOBILE = ['mobile-android', 'mobile-iphone'].flatMap((p) =>
  ['signed out › login page and app shell', 'a solicitud’s detail fits', 'the reports fit'].map((t) => ({
    test: `${p} › mobile.spec.ts › 9. Responsive test (mobile) › ${t}`,
    because: 'document wider than the screen',
  })),
);

export const faultCases: FaultCase[] = [
  // ── The target as a whole: preflight stops the run with one line ──
  { fault: 'health-down', projects: ['preflight'], mustFail: [{ test: `${PREFLIGHT}API /health`, because: '503' }] },
  {
    fault: 'tls-wrong-name',
    projects: ['preflight'],
    mustFail: [{ test: `${PREFLIGHT}TLS certificates`, because: "does not match certificate's altnames" }],
  },
  { fault: 'version-drift', projects: ['preflight'], mustFail: [{ test: `${PREFLIGHT}API /version`, because: 'CMEP_EXPECTED_VERSION' }] },
  { fault: 'spa-deep-link-404', projects: ['preflight'], mustFail: [{ test: `${PREFLIGHT}the SPA is served`, because: 'deep link /app/solicitudes/1' }] },
  {
    fault: 'spa-assets-missing',
    projects: ['preflight'],
    mustFail: [{ test: `${PREFLIGHT}the SPA renders its login page`, because: 'toBeVisible' }],
  },

  // ── The login gate: without a browser session or CORS no page works, and the run stops there ──
  {
    fault: 'cookie-insecure',
    projects: ['login'],
    mustFail: [{ test: GATE_LOGIN, because: 'the API sent cmep_session with Secure=false' }],
  },
  {
    fault: 'cors-wrong-origin',
    projects: ['login'],
    mustFail: [
      { test: GATE_LOGIN, because: 'toHaveText' },
      { test: GATE_CORS, because: 'preflight status from the SPA origin' },
    ],
  },
  { fault: 'login-db-down', projects: ['login'], mustFail: [{ test: GATE_LOGIN, because: '500' }] },

  // ── Cookies and logout ──
  {
    fault: 'cookie-samesite-lax',
    projects: DESKTOP,
    specs: [spec('login-cookies')],
    mustFail: [{ test: `${COOKIES}the session cookie has the production attributes`, because: 'SameSite' }],
  },
  {
    fault: 'cookie-wrong-domain',
    projects: DESKTOP,
    specs: [spec('login-cookies')],
    mustFail: [{ test: `${COOKIES}the session cookie has the production attributes`, because: 'Domain' }],
  },
  {
    fault: 'logout-keeps-session',
    projects: DESKTOP,
    specs: [spec('login-cookies')],
    mustFail: [{ test: `${COOKIES}logout ends the session on the server`, because: '/auth/me with the logged-out session' }],
  },
  {
    fault: 'logout-cookie-no-domain',
    projects: DESKTOP,
    specs: [spec('login-cookies')],
    mustFail: [{ test: `${COOKIES}logout removes the session cookie`, because: 'still stored after logout' }],
  },
  {
    fault: 'login-any-password',
    projects: DESKTOP,
    specs: [spec('login-cookies')],
    mustFail: [{ test: `${COOKIES}a wrong password shows the error`, because: 'Credenciales invalidas.' }],
  },

  // ── Users ──
  {
    fault: 'user-role-not-saved',
    projects: DESKTOP,
    specs: [spec('users')],
    mustFail: [{ test: `${USERS}a throw-away OPERADOR`, because: "getByText('OPERADOR'" }],
  },
  {
    fault: 'usuarios-roles-hidden',
    projects: DESKTOP,
    specs: [spec('users')],
    mustFail: [
      { test: `${USERS}a throw-away OPERADOR`, because: "getByText('OPERADOR'" },
      { test: `${USERS}each staff row shows its role`, because: 'role badge' },
    ],
  },
  {
    fault: 'require-admin-missing',
    projects: DESKTOP,
    specs: [spec('users'), spec('reports')],
    mustFail: [
      { test: `${USERS}a throw-away OPERADOR`, because: 'GET /admin/usuarios as OPERADOR' },
      ...['operador', 'gestor', 'medico'].map((role) => ({
        test: `${USERS}the ${role} sees the nav`,
        because: `GET /admin/usuarios as ${role.toUpperCase()}`,
      })),
      { test: REPORTS_NON_ADMIN, because: '403' },
    ],
  },
  {
    fault: 'empleados-empty',
    projects: DESKTOP,
    specs: [spec('users'), spec('flow'), spec('override'), spec('cancel'), spec('files'), spec('reports'), spec('solicitud')],
    mustFail: [
      { test: `${USERS}gestor and medico are listed in /empleados`, because: '/empleados?rol=' },
      // The flow and the override set-up pick the staff from /empleados, as the assignment drop-downs do.
      { test: FLOW, because: 'is not among the active empleados' },
      { test: OVERRIDE_CERRADO, because: 'is not among the active empleados' },
      { test: OVERRIDE_CANCELADO, because: 'is not among the active empleados' },
    ],
  },

  // ── Solicitud and the flow ──
  {
    fault: 'solicitud-historial-missing',
    projects: DESKTOP,
    specs: [spec('solicitud'), spec('flow')],
    mustFail: [{ test: 'desktop › solicitud.spec.ts', because: 'solicitud_creada' }],
  },
  {
    fault: 'pago-no-state-change',
    projects: DESKTOP,
    specs: [spec('flow'), spec('override'), spec('reports')],
    mustFail: [
      { test: FLOW, because: 'PAGADO' },
      // The override spec reaches CERRADO through the API: no PAGADO, no close.
      { test: OVERRIDE_CERRADO, because: "no permitida en estado 'ASIGNADO_GESTOR'" },
      { test: REPORTS_ADMIN, because: 'PAGADO in the distribution' },
    ],
  },
  {
    fault: 'close-ignored',
    projects: DESKTOP,
    specs: [spec('flow'), spec('override')],
    mustFail: [
      { test: FLOW, because: 'CERRADO' },
      { test: OVERRIDE_CERRADO, because: 'set-up: closed by API' },
    ],
  },
  {
    fault: 'cancel-ignored',
    projects: DESKTOP,
    specs: [spec('cancel'), spec('override')],
    mustFail: [
      { test: 'desktop › cancel.spec.ts', because: 'CANCELADO' },
      { test: OVERRIDE_CANCELADO, because: 'set-up: cancelled by API' },
    ],
  },
  {
    fault: 'override-forbidden',
    projects: DESKTOP,
    specs: [spec('override')],
    mustFail: [
      { test: OVERRIDE_CERRADO, because: "Accion 'OVERRIDE' no permitida en estado 'CERRADO'" },
      { test: OVERRIDE_CANCELADO, because: "Accion 'OVERRIDE' no permitida en estado 'CANCELADO'" },
    ],
  },

  // ── Files ──
  { fault: 'upload-not-stored', projects: DESKTOP, specs: [spec('files')], mustFail: [{ test: FILES, because: 'Descargar produced no download' }] },
  { fault: 'download-404', projects: DESKTOP, specs: [spec('files')], mustFail: [{ test: FILES, because: 'Descargar produced no download' }] },
  { fault: 'download-corrupt', projects: DESKTOP, specs: [spec('files')], mustFail: [{ test: FILES, because: 'downloaded SHA-256 = uploaded SHA-256' }] },
  { fault: 's3-delete-orphans', projects: DESKTOP, specs: [spec('files')], mustFail: [{ test: FILES, because: 'removed from the bucket' }] },

  // ── Reports ──
  { fault: 'reports-500', projects: DESKTOP, specs: [spec('reports')], mustFail: [{ test: REPORTS_ADMIN, because: 'GET /admin/reportes → 500' }] },
  { fault: 'reports-empty', projects: DESKTOP, specs: [spec('reports')], mustFail: [{ test: REPORTS_ADMIN, because: 'ingresos of' }] },

  // ── Mobile: the SPA-side fault shows only at phone widths ──
  { fault: 'mobile-overflow', projects: ['mobile-android', 'mobile-iphone'], mustFail: MOBILE },

  // ── Session cleanup (database) ──
  {
    fault: 'session-cleanup-stalled',
    projects: DESKTOP,
    specs: [spec('session-cleanup')],
    mustFail: [{ test: 'desktop › session-cleanup.spec.ts', because: 'session rows the cleanup should already have deleted' }],
  },
];
