// The fault registry: every named switch the twin knows, and the live set. Each fault is checked at the one place
// it bites (grep for its name); this module only knows names and notifies listeners when the set changes.

export const FAULTS = {
  'cookie-insecure': 'login cookie sent without Secure (Chromium then drops a SameSite=None cookie)',
  'cookie-samesite-lax': 'login cookie sent with SameSite=Lax instead of None',
  'cookie-wrong-domain': 'login cookie sent without Domain (COOKIE_DOMAIN unset): host-only on the API host',
  'cors-wrong-origin': 'CORS allows only https://www.<domain>:<webPort>, not the SPA origin',
  'logout-keeps-session': 'logout clears the cookie but leaves the sessions row',
  'logout-cookie-no-domain': "logout's deletion cookie has no Domain/Secure (the real app's): the browser keeps the session cookie",
  'login-any-password': 'login skips the password check: any password opens an existing account',
  'require-admin-missing': 'the admin routes accept any logged-in user (the ADMIN dependency is missing)',
  'health-down': 'GET /health answers 503',
  'version-drift': 'GET /version answers 0.0.9: another build than the one released is serving',
  'tls-wrong-name': 'the API host serves a certificate for another name (the custom-domain incident of the brief)',
  'login-db-down': 'every API route that touches the DB fails with a plain 500 (no CORS); /health stays 200',
  'user-role-not-saved': 'POST /admin/usuarios saves the user but no user_role/empleado/medico_extra rows',
  'solicitud-historial-missing': 'a new solicitud gets no `solicitud_creada` historial row',
  'empleados-empty': 'GET /empleados answers an empty list for every role: the assignment drop-downs are empty',
  'pago-no-state-change': 'registrar-pago inserts the pago but estado_pago stays PENDIENTE',
  'close-ignored': 'cerrar answers 200 with the unchanged solicitud',
  'upload-not-stored': 'upload writes the archivos row but skips the S3 put',
  'download-corrupt': 'download flips the first byte of the file',
  'download-404': 'download answers 404 D "Archivo fisico no encontrado en storage"',
  's3-delete-orphans': 'DELETE /archivos/{id} removes the row but leaves the S3 object',
  'reports-500': 'GET /admin/reportes answers a plain 500',
  'reports-empty': 'GET /admin/reportes answers all zeros and empty lists',
  'cancel-ignored': 'cancelar answers 200 with the unchanged solicitud',
  'override-forbidden': "prod's current POLICY: OVERRIDE allowed nowhere, so override is always 403",
  'mobile-overflow': 'SPA-side: the layout overflows a phone viewport (read by the SPA from /twin-faults.json)',
  'usuarios-roles-hidden': 'SPA-side: the Usuarios page renders the Roles column empty (a front-end regression)',
  'spa-assets-missing': 'the SPA host answers its hashed assets with index.html (a deploy without its assets): blank page',
  'spa-deep-link-404': 'the web server answers unknown paths (deep links) 404 instead of index.html',
  'session-cleanup-stalled': 'the session-cleanup job skips; switching it on plants a session expired 7 h ago',
} as const;

export type FaultName = keyof typeof FAULTS;
export const KNOWN_FAULTS = Object.keys(FAULTS) as FaultName[];

export class UnknownFaultError extends Error {
  constructor(readonly names: string[]) {
    super(`unknown fault(s): ${names.join(', ')}; known: ${KNOWN_FAULTS.join(', ')}`);
  }
}

export function isFaultName(name: string): name is FaultName {
  return Object.prototype.hasOwnProperty.call(FAULTS, name);
}

type Listener = (added: FaultName[], removed: FaultName[]) => void | Promise<void>;

export class FaultSet {
  private active = new Set<FaultName>();
  private listeners: Listener[] = [];

  has(name: FaultName): boolean {
    return this.active.has(name);
  }

  list(): FaultName[] {
    return KNOWN_FAULTS.filter((f) => this.active.has(f));
  }

  /** Replaces the set; unknown names reject the whole change. Resolves after the listeners ran. */
  async set(names: readonly string[]): Promise<FaultName[]> {
    const unknown = names.filter((n) => !isFaultName(n));
    if (unknown.length) throw new UnknownFaultError(unknown);
    const next = new Set(names as FaultName[]);
    const added = [...next].filter((f) => !this.active.has(f));
    const removed = [...this.active].filter((f) => !next.has(f));
    this.active = next;
    for (const listener of this.listeners) await listener(added, removed);
    return this.list();
  }

  clear(): Promise<FaultName[]> {
    return this.set([]);
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }
}
