// The sign-off lines, in the order of docs/conventions.md ("Checklist lines"). The report shows every line in
// this order even when no test declared it, so a missing spec reads as "not run" instead of vanishing.
export interface ChecklistLine {
  id: string;
  line: string;
  /**
   * A line whose check needs access the release manager may not have (the brief: the database is reachable only
   * from a few admin IPs). Skipped with its reason, it does not block the sign-off; failed, it does.
   */
  optional?: true;
}

export const CHECKLIST: readonly ChecklistLine[] = [
  { id: 'preflight', line: 'Target reachable: health, version, SPA, deep link, TLS' },
  { id: 'cookies-cors', line: 'Verify CORS and cookies' },
  { id: 'admin-login', line: '1. Log in as the admin' },
  { id: 'users', line: '2. Create operador, gestor, medico through /app/usuarios' },
  { id: 'solicitud', line: '3. Create a new solicitud' },
  { id: 'flow', line: '4. REGISTRADO → ASIGNAR_GESTOR → REGISTRAR_PAGO → ASIGNAR_MEDICO → CERRAR' },
  { id: 'files', line: '5. Upload and download a file' },
  { id: 'reports', line: '6. Admin reports (the charts load)' },
  { id: 'cancel', line: '7. Cancel a test solicitud' },
  { id: 'override', line: '8. Override as admin' },
  { id: 'mobile', line: '9. Responsive test (mobile)' },
  { id: 'session-cleanup', line: 'Session cleanup (expired sessions are removed)', optional: true },
];

/** Annotation types fixed by the conventions. */
export const ANNOTATION = {
  checklist: 'checklist',
  evidence: 'evidence',
  created: 'created',
  skippedCheck: 'skipped-check',
  skip: 'skip',
} as const;
